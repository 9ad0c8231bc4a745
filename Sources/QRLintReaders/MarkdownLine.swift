import QRLintCore

/// One source line as the Markdown reader sees it: where it is and where its content starts and ends.
struct MarkdownLine {
    /// The line without its line break (and without the CR of a CRLF).
    let range: Range<Int>
    /// The line without leading and trailing white space (full-width spaces included).
    let content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    static func lines(of source: SourceText) -> [MarkdownLine] {
        let s = source.scalars
        var lines: [MarkdownLine] = []
        lines.reserveCapacity(source.lineCount)
        for number in 1...source.lineCount {
            let range = source.lineRange(number)
            var start = range.lowerBound
            var end = range.upperBound
            while start < end, ScalarClass.isSpace(s[start]) { start += 1 }
            while end > start, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
            lines.append(MarkdownLine(range: range, content: start..<end))
        }
        return lines
    }
}

/// Small scanning helpers shared by the Markdown syntax recognisers.
enum MarkdownScan {
    /// Whether `s[index..<end]` starts with `text` (ASCII markers such as "<!--").
    static func matches(_ text: String, _ s: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        var i = index
        for scalar in text.unicodeScalars {
            guard i < end, s[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// Whether `s[range]` is exactly `text`.
    static func isExactly(_ text: String, _ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count == text.unicodeScalars.count && matches(text, s, at: range.lowerBound, end: range.upperBound)
    }

    /// How many times `marker` repeats at the start of `range`.
    static func run(of marker: Unicode.Scalar, in s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound, s[i] == marker { i += 1 }
        return i - range.lowerBound
    }

    /// ASCII space or tab: the only white space that separates Markdown markers from content.
    static func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }
}
