import QRLintCore

/// Recognisers for the one-line block markers: headings, thematic breaks, list items, block quotes.
/// Each looks only at one line's content (indentation is not significant: qrlint reads no indented code).
enum MarkdownBlockSyntax {
    /// `## title ##` → level 2 and the range of "title" (closing `#`s and spaces removed).
    static func atxHeading(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> (level: Int, content: Range<Int>)? {
        let content = line.content
        let level = MarkdownScan.run(of: "#", in: s, content)
        guard (1...6).contains(level) else { return nil }
        var start = content.lowerBound + level
        // CommonMark needs a space after the #s: "#标签" is a paragraph.
        guard start == content.upperBound || MarkdownScan.isBlank(s[start]) else { return nil }
        var end = content.upperBound
        while start < end, ScalarClass.isSpace(s[start]) { start += 1 }
        var closing = end
        while closing > start, s[closing - 1] == "#" { closing -= 1 }
        if closing == start || (closing < end && MarkdownScan.isBlank(s[closing - 1])) {
            end = closing
            while end > start, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        }
        return (level, start..<end)
    }

    /// A setext underline: `===` → level 1, `---` → level 2.
    static func setextLevel(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Int? {
        let content = line.content
        guard let first = s[content].first, first == "=" || first == "-" else { return nil }
        guard MarkdownScan.run(of: first, in: s, content) == content.count else { return nil }
        return first == "=" ? 1 : 2
    }

    /// `***`, `---`, `___` (three or more, spaces allowed between).
    static func isThematicBreak(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Bool {
        guard let first = s[line.content].first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for scalar in s[line.content] {
            if scalar == first {
                count += 1
            } else if !MarkdownScan.isBlank(scalar) {
                return false
            }
        }
        return count >= 3
    }

    /// The content of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`, a task box `[ ]` dropped);
    /// empty for a bare marker.
    static func listItemContent(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Range<Int>? {
        let content = line.content
        var i = content.lowerBound
        let first = s[i]
        if first == "-" || first == "*" || first == "+" {
            i += 1
        } else {
            while i < content.upperBound, i - content.lowerBound < 9, ("0"..."9").contains(s[i]) { i += 1 }
            guard i > content.lowerBound, i < content.upperBound, s[i] == "." || s[i] == ")" else { return nil }
            i += 1
        }
        guard i == content.upperBound || MarkdownScan.isBlank(s[i]) else { return nil }
        while i < content.upperBound, ScalarClass.isSpace(s[i]) { i += 1 }
        if i + 3 <= content.upperBound, s[i] == "[", s[i + 1] == " " || s[i + 1] == "x" || s[i + 1] == "X",
            s[i + 2] == "]", i + 3 == content.upperBound || MarkdownScan.isBlank(s[i + 3])
        {
            i += 3
            while i < content.upperBound, ScalarClass.isSpace(s[i]) { i += 1 }
        }
        return i..<content.upperBound
    }

    /// The content of a block quote line with every `>` marker (and one space after each) removed.
    static func quoteContent(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Range<Int>? {
        let content = line.content
        var i = content.lowerBound
        guard s[i] == ">" else { return nil }
        while i < content.upperBound, s[i] == ">" {
            i += 1
            while i < content.upperBound, ScalarClass.isSpace(s[i]) { i += 1 }
        }
        return i..<content.upperBound
    }

    /// Table-of-contents placeholders some editors expand (`[TOC]`, `[[_TOC_]]`): no text of the draft.
    static func isTOCPlaceholder(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Bool {
        guard line.content.count <= 9, let first = s[line.content].first, first == "[" || first == "$" else {
            return false
        }
        let text = String(scalars: s[line.content]).uppercased()
        return text == "[TOC]" || text == "[[_TOC_]]" || text == "${TOC}"
    }
}
