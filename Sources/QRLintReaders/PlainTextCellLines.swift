/// A narrow table that PDF text flattens to one cell per line, row by row, under its caption:
///
/// ```
/// 表 1 学生情况统计表
/// 年级
/// 人数
/// 一年级
/// 1700
/// …
/// 合计
/// 4900
/// ```
///
/// Read back only when the lines leave no doubt: a header of two or more short text cells, then at least
/// two rows of as many cells, each the row's name (text) followed by numbers, in the same places.
/// The first line that breaks the pattern ends the table (the sentence after it, a figure caption). Wider
/// tables come out column by column instead; those never fit the pattern and stay text.
enum PlainTextCellLines {
    /// Longer than this, a line is text, not a cell.
    static let maxCellLength = 16
    /// More header cells than this are not one narrow table.
    static let maxColumns = 6

    /// The rows of the table starting at `index` (each a range of line indices), or nil.
    static func rows(_ lines: [PlainTextLine], from index: Int, _ s: [Unicode.Scalar]) -> [Range<Int>]? {
        // The text lines before the first number: the header and the text cells that open the first row.
        var leadingText = 0
        while index + leadingText < lines.count, leadingText <= 2 * maxColumns {
            let line = lines[index + leadingText]
            guard isCell(line) else { return nil }
            if line.isNumeric { break }
            leadingText += 1
        }
        var best: [Range<Int>]?
        for columns in stride(from: 2, through: min(leadingText, maxColumns), by: 1) {
            let rows = rows(lines, from: index, columns: columns)
            if rows.count >= 3, rows.count > best?.count ?? 0 { best = rows }
        }
        guard let best, !countsRows(lines, best, s) else { return nil }
        return best
    }

    /// The last column reads 1, 2, 3…: a 序号 column out of its place, so the lines are not in row order.
    private static func countsRows(_ lines: [PlainTextLine], _ rows: [Range<Int>], _ s: [Unicode.Scalar]) -> Bool {
        for (ordinal, row) in rows.dropFirst().enumerated() {
            let cell = lines[row.upperBound - 1]
            let value = cell.text.reduce(0) { $0 * 10 + (ScalarClass.digitValue(s[$1]) ?? 100) }
            guard cell.isLoneInteger, value == ordinal + 1 else { return false }
        }
        return true
    }

    /// A header of `columns` text cells and the rows after it.
    private static func rows(_ lines: [PlainTextLine], from index: Int, columns: Int) -> [Range<Int>] {
        var rows = [index..<index + columns]
        var pattern: [Bool]?
        var start = index + columns
        while start + columns <= lines.count {
            let cells = lines[start..<start + columns]
            guard cells.allSatisfy(isCell) else { break }
            let numeric = cells.map(\.isNumeric)
            guard isLabelThenNumbers(numeric), pattern == nil || pattern == numeric else { break }
            pattern = numeric
            rows.append(start..<start + columns)
            start += columns
        }
        return rows
    }

    /// A row of a statistics table: text cells naming the row, then the numbers. A row that starts with a
    /// number is a 序号 column, which such flattened text never keeps in row order.
    private static func isLabelThenNumbers(_ numeric: [Bool]) -> Bool {
        guard let first = numeric.first, !first, let firstNumber = numeric.firstIndex(of: true) else { return false }
        return numeric[firstNumber...].allSatisfy { $0 }
    }

    /// A short line of one cell: no sentence, no other shape (a heading, a table row, a 目录 line); a year
    /// ("2023 年") is a header cell.
    private static func isCell(_ line: PlainTextLine) -> Bool {
        guard !line.isBlank, line.length <= maxCellLength, !line.endsSentence, !line.hasInnerSentenceMark,
            !line.hasInnerComma, !line.isComment, !line.isPageNumber, line.rowStyle == nil,
            !line.hasTrailingPage, !line.isHeadingShaped, !line.isCaptionShaped
        else { return false }
        return true
    }
}
