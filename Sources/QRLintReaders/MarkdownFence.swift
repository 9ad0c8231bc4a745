import QRLintCore

/// Parts of a Markdown file that are not prose: fenced code blocks and YAML front matter, both skipped.
enum MarkdownFence {
    /// When the line at `index` opens a ``` or ~~~ fence: the index of the line after the closing fence
    /// (or after the last line when the fence never closes, as CommonMark does).
    static func skipCode(_ s: [Unicode.Scalar], _ lines: [MarkdownLine], at index: Int) -> Int? {
        let content = lines[index].content
        guard !content.isEmpty else { return nil }
        let marker = s[content.lowerBound]
        guard marker == "`" || marker == "~" else { return nil }
        let count = MarkdownScan.run(of: marker, in: s, content)
        guard count >= 3 else { return nil }
        // A backtick fence's info string cannot hold a backtick (that is inline code, "```x```").
        if marker == "`", s[(content.lowerBound + count)..<content.upperBound].contains("`") { return nil }
        var next = index + 1
        while next < lines.count {
            let closing = lines[next].content
            next += 1
            if MarkdownScan.run(of: marker, in: s, closing) >= count, s[closing].allSatisfy({ $0 == marker }) {
                return next
            }
        }
        return next
    }

    /// When the file starts with a `---` line closed by a `---` or `...` line: the index of the line after it.
    static func frontMatterEnd(_ s: [Unicode.Scalar], _ lines: [MarkdownLine]) -> Int? {
        guard let first = lines.first, first.range.lowerBound == first.content.lowerBound,
            MarkdownScan.isExactly("---", s, first.content)
        else { return nil }
        for index in 1..<lines.count {
            let content = lines[index].content
            if MarkdownScan.isExactly("---", s, content) || MarkdownScan.isExactly("...", s, content) {
                return index + 1
            }
        }
        return nil
    }
}
