import QRLintCore

/// HTML comments (`<!-- … -->`, on one line or several): kept as `Comment` blocks because they carry
/// suppressions such as `<!-- qrlint-disable-next-line text.placeholder -->`.
enum MarkdownComment {
    /// When the line at `index` starts with `<!--`: the comments it opens (several may sit on one line) and
    /// the index of the line after the last one. An unclosed comment runs to the end, as in CommonMark.
    static func read(_ source: SourceText, _ lines: [MarkdownLine], at index: Int) -> ([Comment], next: Int)? {
        let s = source.scalars
        var start = lines[index].content.lowerBound
        // One comparison rules out almost every line before the marker is compared.
        guard start < s.count, s[start] == "<", MarkdownScan.matches("<!--", s, at: start, end: s.count) else {
            return nil
        }
        var comments: [Comment] = []
        var lineIndex = index
        while true {
            let close = closing(s, from: start + 2)
            let innerEnd = max(start + 4, close ?? s.count)
            let end = close.map { $0 + 3 } ?? s.count
            let text = String(scalars: s[SourceMappedText.trimmedRange(s, (start + 4)..<innerEnd)])
            comments.append(Comment(text: text, span: Span(start: start, end: end)))
            while lineIndex < lines.count, lines[lineIndex].range.upperBound < end { lineIndex += 1 }
            guard lineIndex < lines.count else { return (comments, lines.count) }
            // Another comment right after this one on the same line.
            var rest = end
            let lineEnd = lines[lineIndex].range.upperBound
            while rest < lineEnd, ScalarClass.isSpace(s[rest]) { rest += 1 }
            guard MarkdownScan.matches("<!--", s, at: rest, end: lineEnd) else { return (comments, lineIndex + 1) }
            start = rest
        }
    }

    /// The index of the `-->` that closes a comment (CommonMark counts `<!-->` and `<!--->` as closed).
    private static func closing(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i + 2 < s.count {
            if s[i] == "-", s[i + 1] == "-", s[i + 2] == ">" { return i }
            i += 1
        }
        return nil
    }
}
