import QRLintCore

/// Builds a `Heading` from the text of an ATX or setext heading: the number ("1.1", "一、") split off the
/// title with `HeadingNumberParser`.
enum MarkdownHeading {
    /// Where the number and the title of a heading that is one range of the source are.
    struct Parts {
        /// The text inside a wrapping emphasis, where the number starts.
        var inner: Range<Int>
        var number: HeadingNumberParser.Found?
        /// An empty title still has a place: where it would start (the end of the text inside the emphasis).
        var title: Range<Int>
    }

    /// `content` is the heading text without its `#`s or underline, trimmed, one range of the source (ATX
    /// headings, Word headings). Read in place: the reader builds the heading right into its block (built
    /// here and returned, it was copied into the block and the original destroyed, a retain and a release
    /// per field).
    static func parts(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Parts {
        let inner = MarkdownInline.unwrapEmphasis(s, content)
        let found = separatedNumber(s, inner)
        let titleStart = found?.titleStart ?? inner.lowerBound
        return Parts(inner: inner, number: found, title: min(titleStart, inner.upperBound)..<inner.upperBound)
    }

    /// The heading of `parts`, its number shared through `numbers`.
    static func number(_ parts: Parts, _ s: [Unicode.Scalar], _ numbers: inout HeadingNumberCache) -> HeadingNumber? {
        guard let found = parts.number else { return nil }
        return numbers.number(found, s, start: parts.inner.lowerBound, sourceOffset: parts.inner.lowerBound)
    }

    /// `content` is the heading text without its `#`s or underline, trimmed, one range of the source (ATX
    /// headings, Word headings).
    static func make(level: Int, contentRange content: Range<Int>, in source: SourceText) -> Heading {
        let s = source.scalars
        let parts = parts(s, content)
        return Heading(
            level: level,
            number: parts.number.map {
                HeadingNumberParser.match($0, s, start: parts.inner.lowerBound, sourceOffset: parts.inner.lowerBound)
                    .number
            },
            title: SourceMappedText.text(s, parts.title),
            span: Span(content))
    }

    /// `content` is the heading text without its `#`s or underline, trimmed (a setext heading's joined lines).
    static func make(level: Int, content: MappedText, in source: SourceText) -> Heading {
        let s = content.scalars
        let inner = MarkdownInline.unwrapEmphasis(s, 0..<s.count)
        let (number, titleStart) = split(s, inner, sourceOffset: content.sourceOffset(at: inner.lowerBound))
        var title = content.slice(titleStart..<inner.upperBound)
        if title.isEmpty {
            // An empty title still has a place: where it would start.
            let at = content.sourceOffset(at: inner.upperBound)
            title = MappedText(source: source, range: at..<at)
        }
        return Heading(level: level, number: number, title: title, span: content.sourceSpan)
    }

    /// The heading number at the start of `s[inner]` and where the title starts (`inner.lowerBound` when
    /// the heading has no number). `sourceOffset` maps `inner.lowerBound` to the source.
    private static func split(_ s: [Unicode.Scalar], _ inner: Range<Int>, sourceOffset: Int)
        -> (HeadingNumber?, Int)
    {
        guard let found = separatedNumber(s, inner) else { return (nil, inner.lowerBound) }
        let match = HeadingNumberParser.match(found, s, start: inner.lowerBound, sourceOffset: sourceOffset)
        return (match.number, match.titleStart)
    }

    /// The heading number at the start of `s[inner]`, if it is one (`isSeparated`).
    private static func separatedNumber(_ s: [Unicode.Scalar], _ inner: Range<Int>) -> HeadingNumberParser.Found? {
        guard let found = HeadingNumberParser.find(s, start: inner.lowerBound, end: inner.upperBound),
            isSeparated(found, s, end: inner.upperBound)
        else { return nil }
        return found
    }

    /// "1.3专业设置" and "1.学校概况" are numbered; "3+2贯通培养", "2年来", "3D打印" start with a quantity. A
    /// bare integer must be followed by a space or a separator; a dotted number may run into Chinese text.
    private static func isSeparated(_ number: HeadingNumberParser.Found, _ s: [Unicode.Scalar], end: Int) -> Bool {
        let index = number.numberEnd
        guard number.style == .arabic, index < end else { return true }
        if ScalarClass.isSpace(s[index]) { return true }
        // The number's last scalar (it is never empty).
        let last = s[index - 1]
        if last == "." || last == "．" || last == "、" { return true }
        return number.count >= 2 && ScalarClass.isHan(s[index])
    }
}
