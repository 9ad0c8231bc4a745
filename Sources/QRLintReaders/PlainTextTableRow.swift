/// One row of a table flattened into text: cells separated by tabs, by runs of two or more spaces, or
/// by pipes ("| a | b |"). Cells are scalar ranges of the source, trimmed.
struct PlainTextTableRow {
    enum Style {
        case tab
        case spaces
        case pipe
    }

    var style: Style
    var cells: [Range<Int>]
    /// A markdown separator row ("|---|:--:|"): part of the table, not a row of data.
    var isSeparator = false

    var filledCells: Int { cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }

    /// A long cell or a cell with 。 is prose with a double space in it, not a table cell.
    static let maxSpaceCellLength = 40

    /// The style and number of filled cells, without building the cells: most lines are not rows, and
    /// those that are get split again when their table is built. Only for a line whose `mayBeRow` is set.
    static func shape(_ s: [Unicode.Scalar], line: Range<Int>, text: Range<Int>) -> (style: Style, filledCells: Int)? {
        if s[text.lowerBound] == "|" {
            return filledPipeCells(s, text).map { (.pipe, $0) }
        }
        if text.contains(where: { s[$0] == "\t" }) {
            let filled = filledTabCells(s, line)
            return filled >= 1 ? (.tab, filled) : nil
        }
        return parse(s, line: line, text: text).map { ($0.style, $0.filledCells) }
    }

    /// `pipe(s, text)?.filledCells`, counted without building the cells.
    private static func filledPipeCells(_ s: [Unicode.Scalar], _ text: Range<Int>) -> Int? {
        var start = text.lowerBound + 1
        var pieces = 0
        var filled = 0
        for i in (text.lowerBound + 1)..<text.upperBound where s[i] == "|" {
            pieces += 1
            if !trim(s, start..<i).isEmpty { filled += 1 }
            start = i + 1
        }
        guard pieces > 0 else { return nil }
        if start < text.upperBound, !trim(s, start..<text.upperBound).isEmpty { filled += 1 }
        return filled
    }

    private static func filledTabCells(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        var filled = 0
        var cellHasText = false
        for i in line {
            let c = s[i]
            if c == "\t" {
                if cellHasText { filled += 1 }
                cellHasText = false
            } else if !cellHasText, !ScalarClass.isSpace(c) {
                cellHasText = true
            }
        }
        return cellHasText ? filled + 1 : filled
    }

    static func parse(_ s: [Unicode.Scalar], line: Range<Int>, text: Range<Int>) -> PlainTextTableRow? {
        if s[text.lowerBound] == "|" {
            return pipe(s, text)
        }
        var hasTab = false
        var hasDoubleSpace = false
        var previousWasSpace = false
        for i in text {
            let c = s[i]
            if c == "\t" {
                hasTab = true
                break
            }
            let space = ScalarClass.isSpace(c)
            if space, previousWasSpace { hasDoubleSpace = true }
            previousWasSpace = space
        }
        if hasTab { return tab(s, line) }
        if hasDoubleSpace { return spaces(s, text) }
        return nil
    }

    /// Splits the whole line (leading tabs are empty cells that keep the columns aligned).
    private static func tab(_ s: [Unicode.Scalar], _ line: Range<Int>) -> PlainTextTableRow? {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for i in line where s[i] == "\t" {
            cells.append(trim(s, start..<i))
            start = i + 1
        }
        cells.append(trim(s, start..<line.upperBound))
        while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        let row = PlainTextTableRow(style: .tab, cells: cells)
        return row.filledCells >= 1 && cells.count >= 2 ? row : nil
    }

    private static func spaces(_ s: [Unicode.Scalar], _ text: Range<Int>) -> PlainTextTableRow? {
        var cells: [Range<Int>] = []
        var cellStart = text.lowerBound
        var i = text.lowerBound
        while i < text.upperBound {
            if ScalarClass.isSpace(s[i]) {
                var j = i
                while j < text.upperBound, ScalarClass.isSpace(s[j]) { j += 1 }
                if j - i >= 2 {
                    cells.append(cellStart..<i)
                    cellStart = j
                }
                i = j
            } else {
                i += 1
            }
        }
        cells.append(cellStart..<text.upperBound)
        guard cells.count >= 3 else { return nil }
        for cell in cells {
            if cell.count > maxSpaceCellLength { return nil }
            for k in cell where s[k] == "。" { return nil }
        }
        return PlainTextTableRow(style: .spaces, cells: cells)
    }

    private static func pipe(_ s: [Unicode.Scalar], _ text: Range<Int>) -> PlainTextTableRow? {
        var cells: [Range<Int>] = []
        var start = text.lowerBound + 1
        for i in (text.lowerBound + 1)..<text.upperBound where s[i] == "|" {
            cells.append(trim(s, start..<i))
            start = i + 1
        }
        guard !cells.isEmpty else { return nil }
        // Text after the last pipe is a cell only when the row does not end with a pipe.
        if start < text.upperBound { cells.append(trim(s, start..<text.upperBound)) }
        let separator = cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { s[$0] == "-" || s[$0] == ":" || s[$0] == " " }
        }
        return PlainTextTableRow(style: .pipe, cells: cells, isSeparator: separator)
    }

    static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ScalarClass.isSpace(s[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isSpace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
