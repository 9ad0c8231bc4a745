import QRLintCore

/// Builds a `Heading` from the text of an ATX or setext heading: the number ("1.1", "一、") split off the
/// title with `HeadingNumberParser`.
enum MarkdownHeading {
    /// `content` is the heading text without its `#`s or underline, trimmed.
    static func make(level: Int, content: MappedText, in source: SourceText) -> Heading {
        let s = content.scalars
        let inner = MarkdownInline.unwrapEmphasis(s, 0..<s.count)
        var number: HeadingNumber?
        var titleStart = inner.lowerBound
        let offset = content.sourceOffset(at: inner.lowerBound)
        let parsed = HeadingNumberParser.parse(s, start: inner.lowerBound, end: inner.upperBound, sourceOffset: offset)
        if let match = parsed {
            let numberEnd = inner.lowerBound + match.number.text.unicodeScalars.count
            if isSeparated(match.number, s, after: numberEnd, end: inner.upperBound) {
                number = match.number
                titleStart = match.titleStart
            }
        }
        var title = content.slice(titleStart..<inner.upperBound)
        if title.isEmpty {
            // An empty title still has a place: where it would start.
            let at = content.sourceOffset(at: inner.upperBound)
            title = MappedText(source: source, range: at..<at)
        }
        return Heading(level: level, number: number, title: title, span: content.sourceSpan)
    }

    /// "1.3专业设置" and "1.学校概况" are numbered; "3+2贯通培养", "2年来", "3D打印" start with a quantity. A
    /// bare integer must be followed by a space or a separator; a dotted number may run into Chinese text.
    private static func isSeparated(_ number: HeadingNumber, _ s: [Unicode.Scalar], after index: Int, end: Int)
        -> Bool
    {
        guard number.style == .arabic, index < end else { return true }
        if ScalarClass.isSpace(s[index]) { return true }
        if let last = number.text.unicodeScalars.last, last == "." || last == "．" || last == "、" { return true }
        return number.components.count >= 2 && ScalarClass.isHan(s[index])
    }
}
