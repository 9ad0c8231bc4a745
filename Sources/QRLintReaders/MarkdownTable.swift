import QRLintCore

/// GitHub-flavoured pipe tables: a header row, a delimiter row (`|---|:--:|`), then body rows up to a blank
/// line or the start of another block.
enum MarkdownTable {
    /// When the line at `index` is a header row followed by a matching delimiter row: the table (every row,
    /// header included) and the index of the line after it.
    static func read(_ source: SourceText, _ lines: [MarkdownLine], at index: Int) -> (Table, next: Int)? {
        let s = source.scalars
        guard mayFollow(s, lines, at: index) else { return nil }
        let delimiter = lines[index + 1].content
        guard hasPipe(s, lines[index].content), hasPipe(s, delimiter) else { return nil }
        // One buffer of cell ranges for all rows, the delimiter row's first (it decides whether this is a
        // table, and how many columns it has): a fresh array per row was grown by appends.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(16)
        cellRanges(s, delimiter, into: &ranges)
        guard ranges.allSatisfy({ isDelimiterCell(s, $0) }) else { return nil }
        let columns = ranges.count
        cellRanges(s, lines[index].content, into: &ranges)
        guard ranges.count == columns else { return nil }
        var end = index + 2
        while end < lines.count, !endsTable(s, lines[end]) { end += 1 }
        var rows: [[TableCell]] = []
        rows.reserveCapacity(end - index - 1)
        rows.append(cells(s, ranges))
        for next in index + 2..<end {
            cellRanges(s, lines[next].content, into: &ranges)
            rows.append(cells(s, ranges))
        }
        let span = Span(start: lines[index].content.lowerBound, end: lines[end - 1].content.upperBound)
        return (Table(rows: rows, span: span), end)
    }

    /// Whether the line after `index` starts like a delimiter row (`|`, `:` or `-`): most lines are followed
    /// by none, and this is decided before the header row is scanned for a pipe, or `read` called at all.
    @inline(__always)
    static func mayFollow(_ s: [Unicode.Scalar], _ lines: [MarkdownLine], at index: Int) -> Bool {
        guard index + 1 < lines.count else { return false }
        let delimiter = lines[index + 1].content
        guard !delimiter.isEmpty else { return false }
        let first = s[delimiter.lowerBound]
        return first == "|" || first == ":" || first == "-"
    }

    /// GFM ends a table at a blank line or at the start of another kind of block.
    private static func endsTable(_ s: [Unicode.Scalar], _ line: MarkdownLine) -> Bool {
        if line.isBlank { return true }
        if MarkdownBlockSyntax.atxHeading(s, line) != nil || MarkdownBlockSyntax.quoteContent(s, line) != nil {
            return true
        }
        let first = s[line.content.lowerBound]
        if first == "<", MarkdownScan.matches("<!--", s, at: line.content.lowerBound, end: line.content.upperBound) {
            return true
        }
        if first == "`" || first == "~", MarkdownScan.run(of: first, in: s, line.content) >= 3 { return true }
        return !hasPipe(s, line.content) && MarkdownBlockSyntax.isThematicBreak(s, line)
    }

    private static func hasPipe(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "\\" {
                i += 2
                continue
            }
            if s[i] == "|" { return true }
            i += 1
        }
        return false
    }

    /// The raw ranges between unescaped pipes; a leading and a trailing pipe do not open empty cells.
    private static func cellRanges(_ s: [Unicode.Scalar], _ range: Range<Int>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var start = range.lowerBound
        let end = range.upperBound
        if start < end, s[start] == "|" { start += 1 }
        var cellStart = start
        var i = start
        while i < end {
            if s[i] == "\\", i + 1 < end {
                i += 2
                continue
            }
            if s[i] == "|" {
                ranges.append(cellStart..<i)
                cellStart = i + 1
            }
            i += 1
        }
        if cellStart < end || ranges.isEmpty { ranges.append(cellStart..<end) }
    }

    /// `---`, `:--`, `--:`, `:-:` with spaces around.
    private static func isDelimiterCell(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, MarkdownScan.isBlank(s[start]) { start += 1 }
        while end > start, MarkdownScan.isBlank(s[end - 1]) { end -= 1 }
        if start < end, s[start] == ":" { start += 1 }
        if end > start, s[end - 1] == ":" { end -= 1 }
        return start < end && s[start..<end].allSatisfy { $0 == "-" }
    }

    /// Cell texts, trimmed, with the backslash of an escaped `\|` dropped.
    private static func cells(_ s: [Unicode.Scalar], _ ranges: [Range<Int>]) -> [TableCell] {
        var row: [TableCell] = []
        row.reserveCapacity(ranges.count)
        for range in ranges {
            // Most cells have no escaped pipe: one range of the source, trimmed in place.
            let text = hasEscapedPipe(s, range) ? unescaped(s, range) : SourceMappedText.trimmed(s, range)
            // An empty cell still has a place: the middle of its range, so a finding can point at it.
            let middle = range.lowerBound + range.count / 2
            row.append(TableCell(text: text.isEmpty ? SourceMappedText.text(s, middle..<middle) : text))
        }
        return row
    }

    private static func hasEscapedPipe(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            if s[i] == "\\", s[i + 1] == "|" { return true }
            i += 1
        }
        return false
    }

    /// The cell's text without the backslash of each escaped `\|`, trimmed.
    private static func unescaped(_ s: [Unicode.Scalar], _ range: Range<Int>) -> MappedText {
        var builder = SourceTextJoiner()
        var runStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "\\", i + 1 < range.upperBound, s[i + 1] == "|" {
                builder.append(s, runStart..<i)
                runStart = i + 1
                i += 2
                continue
            }
            i += 1
        }
        builder.append(s, runStart..<range.upperBound)
        return builder.build(s).trimmed()
    }
}
