import QRLintCore

/// A Word table as a `Table` whose columns line up with the table grid: a cell spanning columns
/// (`w:gridSpan`) is followed by empty cells for the columns it covers, a cell continuing a vertical
/// merge (`w:vMerge`) is empty, skipped grid columns (`w:gridBefore`, `w:gridAfter`) are empty cells, and
/// short rows are padded. Empty cells keep no text, so a column total never counts a merged value twice.
enum DocxTableBlock {
    static func make(_ table: DocxTable, _ text: DocxSourceText) -> Table? {
        guard !table.paragraphs.isEmpty else { return nil }
        let tableStart = text.range(table.paragraphs.lowerBound).lowerBound
        var rows: [[TableCell]] = []
        var rowEnds: [Int] = []
        for row in table.rows {
            var cells: [TableCell] = []
            var at = row.cells.first.map { cellStart($0, text) } ?? tableStart
            cells += Array(repeating: empty(at, text), count: row.gridBefore)
            for cell in row.cells {
                let start = cellStart(cell, text)
                cells.append(cell.continuesMerge ? empty(start, text) : TableCell(text: cellText(cell, text)))
                at = cell.paragraphs.isEmpty ? start : text.range(cell.paragraphs.upperBound - 1).upperBound
                cells += Array(repeating: empty(at, text), count: cell.gridSpan - 1)
            }
            cells += Array(repeating: empty(at, text), count: row.gridAfter)
            rows.append(cells)
            rowEnds.append(at)
        }
        let width = max(table.gridColumns, rows.map(\.count).max() ?? 0)
        for index in rows.indices where rows[index].count < width {
            rows[index] += Array(repeating: empty(rowEnds[index], text), count: width - rows[index].count)
        }
        let last = table.paragraphs.upperBound - 1
        return Table(rows: rows, span: text.span(table.paragraphs.lowerBound...last))
    }

    private static func cellStart(_ cell: DocxTableCell, _ text: DocxSourceText) -> Int {
        cell.paragraphs.isEmpty ? 0 : text.range(cell.paragraphs.lowerBound).lowerBound
    }

    private static func empty(_ at: Int, _ text: DocxSourceText) -> TableCell {
        TableCell(text: MappedText(source: text.source, range: at..<at))
    }

    /// The cell's paragraphs joined: Chinese runs straight on, two Latin words or numbers get a space.
    private static func cellText(_ cell: DocxTableCell, _ text: DocxSourceText) -> MappedText {
        var builder = MappedTextBuilder()
        let s = text.source.scalars
        for index in cell.paragraphs {
            let range = text.trimmed(index)
            guard !range.isEmpty else { continue }
            if let last = builder.last, needsSpace(last, s[range.lowerBound]) {
                builder.appendSynthetic(" ", at: range.lowerBound)
            }
            builder.append(text.source, range)
        }
        let built = builder.build()
        guard built.isEmpty else { return built }
        let start = cellStart(cell, text)
        return MappedText(source: text.source, range: start..<start)
    }

    private static func needsSpace(_ last: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
        PlainTextParagraphBuilder.needsSpace(after: last, before: first)
            || (isASCIIAlphanumeric(last) && isASCIIAlphanumeric(first))
    }

    private static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ScalarClass.digitValue(c) != nil)
    }
}
