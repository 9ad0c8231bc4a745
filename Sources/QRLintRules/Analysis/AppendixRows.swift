import QRLintCore

/// Which indicator rows each appendix table lacks, and whether the text lets us say so.
///
/// A table read as rows (a table block under its title) answers for itself: a name that is not in its
/// cells or in the text of its region is a missing row. A table that is not — PDF text prints the wide
/// indicator tables one column at a time, names cut into pieces around their units, the cells of a later
/// table before its caption — cannot show a row missing: its names are looked for, piece by piece, in
/// the text of the whole appendix, and one found nowhere there is only "not found".
struct AppendixRows {
    struct Entry {
        var located: AppendixTableLocator.Located
        /// A table block in the region holds the rows; otherwise they are (at best) loose text.
        var readAsRows: Bool
        /// Indices into the template table's rows.
        var missing: [Int]
    }

    /// In document order, one per table title found.
    let entries: [Entry]

    init(context: LintContext, tables: [AppendixTable]) {
        let document = context.document
        let appendixStart = context.captions.appendixStart
        let located = AppendixTableLocator(
            document: document, outline: context.outline, tables: tables, appendixStart: appendixStart
        ).located
        var appendixText: FragmentedText?
        var entries: [Entry] = []
        for table in located {
            let blocks = document.blocks[table.rows]
            let readAsRows = blocks.contains { if case .table = $0 { true } else { false } }
            let names = tables[table.table].rows.map { $0.names.map { ComparableText.of($0.unicodeScalars) } }
            var missing: [Int]
            if readAsRows {
                let text = Self.regionText(blocks)
                missing = names.indices.filter { i in !names[i].contains { ScalarRun.contains(text, $0) } }
            } else {
                let text = appendixText ?? Self.appendixText(document, located: located, start: appendixStart)
                appendixText = text
                missing = names.indices.filter { i in !names[i].contains { text.contains($0) } }
            }
            entries.append(Entry(located: table, readAsRows: readAsRows, missing: missing))
        }
        self.entries = entries
    }

    /// The paragraphs and cells of a table's region, comparable, run together.
    private static func regionText(_ blocks: ArraySlice<Block>) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        for block in blocks {
            switch block {
            case .paragraph(let p): text += ComparableText.of(p.text.scalars)
            case .table(let t): text += t.rows.flatMap { $0.flatMap { ComparableText.of($0.text.scalars) } }
            default: break
            }
        }
        return text
    }

    /// The source lines from the appendix's opening (or the first table title) to the end of the last
    /// table's region: where a flattened table's cells may be, whichever caption they were printed under.
    private static func appendixText(_ document: Document, located: [AppendixTableLocator.Located], start: Int?)
        -> FragmentedText
    {
        let first = min(start ?? Int.max, located.map(\.titleBlock).min() ?? 0)
        let end = located.map(\.rows.upperBound).max() ?? first + 1
        guard first < end, end <= document.blocks.count else { return FragmentedText(lines: []) }
        let span = document.blocks[first].span.union(document.blocks[end - 1].span)
        return FragmentedText(source: document.source, span: span)
    }
}
