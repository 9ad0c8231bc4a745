import QRLintCore

/// Entries of a 目录 (图目录, 表目录, 案例目录) section: one per line, with links and emphasis reduced to
/// their text and a trailing page number ("…… 3", tab, space) split off.
enum MarkdownTOC {
    private static let titles: Set<String> = ["目录", "图目录", "表目录", "案例目录"]
    /// Page numbers have at most this many digits (a trailing "2025" is a year, not a page).
    private static let maxPageDigits = 3

    /// Whether a heading title opens a table of contents ("目 录" counts).
    static func isTOCTitle(_ title: MappedText) -> Bool {
        // Only short titles can be 目录 (the longest spelling is a few scalars): most headings stop here.
        guard title.count <= 12 else { return false }
        // Every spelling ends with 录, and no other scalar is canonically equivalent to it: most headings
        // stop here, before a string is built (the string compare keeps `String`'s canonical equivalence).
        let marked = title.scalars.last { !ScalarClass.isSpace($0) && $0 != "*" }
        guard marked == "录" else { return false }
        return titles.contains(String(scalars: title.scalars.filter { !ScalarClass.isSpace($0) && $0 != "*" }))
    }

    /// Whether the title `s[title]` opens a table of contents: `isTOCTitle(_:)` of that text, read in place.
    /// Asked of every heading: the last scalar rules out almost all of them before the call.
    @inline(__always)
    static func isTOCTitle(_ s: [Unicode.Scalar], _ title: Range<Int>) -> Bool {
        guard title.count <= 12, !title.isEmpty else { return false }
        let last = s[title.upperBound - 1]
        guard last == "录" || last == "*" || ScalarClass.isSpace(last) else { return false }
        return endsAsTOCTitle(s, title)
    }

    private static func endsAsTOCTitle(_ s: [Unicode.Scalar], _ title: Range<Int>) -> Bool {
        var last = title.upperBound
        while last > title.lowerBound, ScalarClass.isSpace(s[last - 1]) || s[last - 1] == "*" { last -= 1 }
        guard last > title.lowerBound, s[last - 1] == "录" else { return false }
        return titles.contains(String(scalars: s[title].filter { !ScalarClass.isSpace($0) && $0 != "*" }))
    }

    /// `content` is the line without its list marker.
    static func entry(_ source: SourceText, _ content: Range<Int>) -> TOCEntry? {
        let s = source.scalars
        // Most entries are plain text ("1 学校概况"): read in place, where `plainText` and a slice of it
        // would copy the text twice. The result is the same: the plain text of such a line is the line.
        if !mayHoldMarkup(s, content) {
            let text = SourceMappedText.trimmedRange(s, content)
            guard !text.isEmpty else { return nil }
            let (page, titleEnd) = splitPage(s, text)
            let title = SourceMappedText.trimmed(s, text.lowerBound..<titleEnd)
            guard !title.isEmpty else { return nil }
            return TOCEntry(text: title, page: page, span: Span(content))
        }
        let text = MarkdownInline.plainText(source, content)
        let (page, titleEnd) = splitPage(text.scalars, 0..<text.count)
        let title = text.slice(0..<titleEnd).trimmed()
        guard !title.isEmpty else { return nil }
        return TOCEntry(text: title, page: page, span: Span(content))
    }

    /// Whether `s[range]` has a scalar `MarkdownInline.plainText` may drop (escapes, emphasis, code, links).
    private static func mayHoldMarkup(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range {
            switch s[i] {
            case "\\", "*", "`", "[": return true
            default: continue
            }
        }
        return false
    }

    /// The page number at the end of `s[text]` and where the title ends (`text.upperBound` when there is
    /// no page).
    private static func splitPage(_ s: [Unicode.Scalar], _ text: Range<Int>) -> (page: Int?, titleEnd: Int) {
        let end = text.upperBound
        var digits = end
        while digits > text.lowerBound, ("0"..."9").contains(s[digits - 1]) { digits -= 1 }
        guard (1...maxPageDigits).contains(end - digits) else { return (nil, end) }
        var leader = digits
        var spaced = false
        var marks = 0
        while leader > text.lowerBound {
            let scalar = s[leader - 1]
            if ScalarClass.isSpace(scalar) {
                spaced = true
            } else if scalar == "." || scalar == "．" || scalar == "·" || scalar == "…" || scalar == "⋯"
                || scalar == "-" || scalar == "_"
            {
                marks += scalar == "…" || scalar == "⋯" ? 2 : 1
            } else {
                break
            }
            leader -= 1
        }
        // "2.1" ends with a digit after one dot: a number, not a page.
        guard leader > text.lowerBound, spaced || marks >= 2 else { return (nil, end) }
        let page = (digits..<end).reduce(0) { $0 * 10 + Int(s[$1].value - 0x30) }
        return (page, leader)
    }
}
