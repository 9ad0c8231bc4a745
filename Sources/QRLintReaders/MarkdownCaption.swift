import QRLintCore

/// Captions in Markdown: a one-line paragraph such as "图1 学校大门" or "**表 2：学生情况统计表**", or the
/// alt text of an image line `![图1 学校大门](gate.png)`.
enum MarkdownCaption {
    /// Longer lines are sentences that happen to start with 图/表, not captions.
    static let maxLength = 60

    static func caption(_ text: MappedText) -> Caption? {
        let s = text.scalars
        // Every paragraph is asked: one comparison rules out most, before any emphasis is unwrapped.
        guard let first = s.first, mayStartCaption(first) else { return nil }
        let inner = MarkdownInline.unwrapEmphasis(s, 0..<s.count)
        guard !inner.isEmpty, inner.count <= maxLength, s[inner.upperBound - 1] != "。",
            let match = CaptionParser.parse(s, start: inner.lowerBound, end: inner.upperBound)
        else { return nil }
        let title = text.slice(match.titleStart..<match.titleEnd)
        return Caption(kind: match.kind, number: match.number, title: title, span: text.sourceSpan)
    }

    /// A caption starts with 图, 表, 典型案例, 案例, a bracket (`【案例2-1】`), or emphasis or spaces around one
    /// of these (`CaptionParser` decides; this only rules out the rest).
    static func mayStartCaption(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "图", "表", "典", "案", "【", "[", "*", "_": true
        default: ScalarClass.isSpace(c)
        }
    }

    /// The range of the alt text when the whole line is one image (`![alt](src)`, pandoc's `{…}` allowed).
    static func imageAlt(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Range<Int>? {
        let content = line.content
        guard s[content.lowerBound] == "!",
            MarkdownScan.matches("![", s, at: content.lowerBound, end: content.upperBound)
        else { return nil }
        let altStart = content.lowerBound + 2
        guard let altEnd = firstUnescaped("]", s, altStart..<content.upperBound),
            altEnd + 1 < content.upperBound, s[altEnd + 1] == "(",
            let close = firstUnescaped(")", s, (altEnd + 2)..<content.upperBound)
        else { return nil }
        var rest = close + 1
        if rest < content.upperBound, s[rest] == "{" {
            guard s[content.upperBound - 1] == "}" else { return nil }
            rest = content.upperBound
        }
        return rest == content.upperBound ? altStart..<altEnd : nil
    }

    private static func firstUnescaped(_ target: Unicode.Scalar, _ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "\\" {
                i += 2
                continue
            }
            if s[i] == target { return i }
            i += 1
        }
        return nil
    }
}
