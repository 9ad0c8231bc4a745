import QRLintCore

/// One source line as the Markdown reader sees it: where it is and where its content starts and ends.
struct MarkdownLine {
    /// The line without its line break (and without the CR of a CRLF).
    let range: Range<Int>
    /// The line without leading and trailing white space (full-width spaces included).
    let content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    /// The lines of `source`, and how many of them are not blank (the parser's bound on its blocks, counted
    /// here for free: counting them again walked every line once more).
    static func lines(of source: SourceText) -> (lines: [MarkdownLine], nonBlank: Int) {
        // The line table read once, each range cut as `SourceText.lineRange` cuts it: that is a call into
        // another module per line. Written in place over raw buffers: appending checked the capacity and
        // each index its bounds, twice the cost of the scan itself.
        let starts = source.lineStarts
        let lineCount = starts.count
        // An empty text has a line, and no storage to point at.
        if source.scalars.isEmpty { return (starts.map { MarkdownLine(range: $0..<$0, content: $0..<$0) }, 0) }
        var nonBlank = 0
        let lines = source.scalars.withUnsafeBufferPointer { scalars in
            starts.withUnsafeBufferPointer { starts in
                [MarkdownLine](unsafeUninitializedCapacity: lineCount) { buffer, initialized in
                    guard let s = scalars.baseAddress, let starts = starts.baseAddress, var line = buffer.baseAddress
                    else { return }
                    for index in 0..<lineCount {
                        let lineStart = starts[index]
                        var lineEnd = index &+ 1 < lineCount ? starts[index &+ 1] &- 1 : scalars.count
                        if lineEnd > lineStart, s[lineEnd &- 1] == "\r" { lineEnd &-= 1 }
                        let range = lineStart..<max(lineStart, lineEnd)
                        var start = range.lowerBound
                        var end = range.upperBound
                        while start < end, ScalarClass.isSpace(s[start]) { start &+= 1 }
                        while end > start, ScalarClass.isSpace(s[end &- 1]) { end &-= 1 }
                        line.initialize(to: MarkdownLine(range: range, content: start..<end))
                        line += 1
                        if start < end { nonBlank &+= 1 }
                    }
                    initialized = lineCount
                }
            }
        }
        return (lines, nonBlank)
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
