import QRLintCore

/// Where each indicator table of a profile is in a document (its title: a table caption, a 附表 line, a
/// heading or a short line), and the blocks that hold its rows.
struct AppendixTableLocator {
    struct Located {
        /// Index into `TemplateProfile.appendixTables`.
        var table: Int
        var titleBlock: Int
        var titleSpan: Span
        /// The blocks after the title, up to the next table title or chapter heading.
        var rows: Range<Int>
    }

    /// In document order.
    let located: [Located]

    /// Title lines longer than this are sentences that mention a table.
    static let maxTitleLength = 40

    /// - Parameter appendixStart: the block that opens the appendix (附表 / 附件), if any: the tables are
    ///   looked for after it. Without one, the last title of each table counts (a body table such as "表 5
    ///   学生满意度调查表" comes before the appendix's).
    init(document: Document, outline: Outline, tables: [AppendixTable], appendixStart: Int?) {
        let firstChapter = outline.chapters.first.map { outline.sections[$0].blockIndex } ?? 0
        let names = tables.map { $0.titles.map { ComparableText.of($0.unicodeScalars) } }
        var found: [Int: (block: Int, span: Span)] = [:]
        var titleBlocks: [Int] = []
        let start = appendixStart.map { $0 - 1 } ?? firstChapter
        let blocks = document.blocks
        for index in blocks.indices where index > start {
            guard let (text, span) = Self.titleText(blocks[index]) else { continue }
            let comparable = ComparableText.of(text)
            guard let table = names.firstIndex(where: { $0.contains { ScalarRun.contains(comparable, $0) } }) else {
                continue
            }
            titleBlocks.append(index)
            if found[table] == nil || appendixStart == nil { found[table] = (index, span) }
        }
        let chapterHeadings = outline.sections.filter { $0.level <= outline.chapterLevel }.map(\.blockIndex)
        located = found.map { table, title in
            let next = (titleBlocks + chapterHeadings).filter { $0 > title.block }.min() ?? document.blocks.count
            return Located(table: table, titleBlock: title.block, titleSpan: title.span, rows: (title.block + 1)..<next)
        }.sorted { $0.titleBlock < $1.titleBlock }
    }

    private static func titleText(_ block: Block) -> ([Unicode.Scalar], Span)? {
        switch block {
        case .caption(let c) where c.kind == .table: return (c.title.scalars, c.span)
        case .heading(let h): return (h.title.scalars, h.title.trimmed().sourceSpan)
        case .paragraph(let p) where p.text.count <= maxTitleLength && !p.text.scalars.contains("。"):
            return (p.text.scalars, p.text.trimmed().sourceSpan)
        default: return nil
        }
    }
}
