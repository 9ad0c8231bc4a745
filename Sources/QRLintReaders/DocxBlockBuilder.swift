import QRLintCore

/// Turns a read `DocxBody` into blocks over its `DocxSourceText`.
///
/// Headings come from Word's own marks first: a paragraph style or direct outline level (Heading 1–9,
/// 标题 1–9, any style with `w:outlineLvl`), numbered as Word shows it. A document without heading styles
/// is read as text input is: numbered short paragraphs and front-matter titles are headings, levelled by
/// their numbering. A document with heading styles also takes bold, heading-shaped paragraphs whose kind of
/// number no styled heading uses ("（一）…" typed under a styled "一、…"). 目录 lines come from Word's TOC
/// field, TOC styles or a 目录 section (up to the next heading when heading styles are used, else the lines
/// with page numbers); tables with one cell are frames and read as body text.
struct DocxBlockBuilder {
    private let body: DocxBody
    private let styles: DocxStyles
    private let text: DocxSourceText
    /// Automatic-numbering label of each paragraph ("1.1"), nil when it shows none.
    private let labels: [String?]
    private let comments: [String: String]

    private var source: SourceText { text.source }
    private var blocks: [Block] = []
    /// Paragraphs each block covers, parallel to `blocks`, to place comments.
    private var blockParagraphs: [ClosedRange<Int>] = []
    /// Headings given by style, by paragraph index, decided before the main pass.
    private var styledHeadings: [Int: Heading] = [:]
    private var styledKeys = Set<DocxHeadingLevels.Key>()
    /// The level of chapters when heading styles are used; nil when none are.
    private var styledChapterLevel: Int?
    private var textLevels = PlainTextHeadingLevels()
    private var styledLevels = DocxHeadingLevels()
    /// After a 目录 title: lines with a page number are 目录 entries.
    private var inTOCSection = false

    init(body: DocxBody, styles: DocxStyles, numbering: DocxNumbering, comments: [String: String], path: String) {
        self.body = body
        self.styles = styles
        self.text = DocxSourceText(path: path, paragraphs: body.paragraphs)
        var counter = DocxNumberingCounter(numbering: numbering, styles: styles)
        self.labels = body.paragraphs.map { counter.label(direct: $0.numbering, styleID: $0.styleID) }
        self.comments = comments
    }

    mutating func build() -> Document {
        let order = bodyParagraphs()
        findStyledHeadings(order)
        for item in body.items {
            switch item {
            case .paragraph(let index):
                paragraph(index)
            case .table(let table) where isFrame(table):
                for index in table.paragraphs { paragraph(index) }
            case .table(let table):
                guard let block = DocxTableBlock.make(table, text) else { continue }
                inTOCSection = false
                append(.table(block), table.paragraphs.lowerBound...(table.paragraphs.upperBound - 1))
            }
        }
        insertComments()
        return Document(source: source, format: .docx, blocks: blocks)
    }

    // MARK: - Headings by style

    /// Paragraphs outside data tables, in order.
    private func bodyParagraphs() -> [Int] {
        body.items.flatMap { item -> [Int] in
            switch item {
            case .paragraph(let index): [index]
            case .table(let table): isFrame(table) ? Array(table.paragraphs) : []
            }
        }
    }

    private mutating func findStyledHeadings(_ order: [Int]) {
        for index in order {
            let paragraph = body.paragraphs[index]
            guard !isTOCLine(paragraph), let level = styledLevel(paragraph),
                let heading = styledHeading(index, level: level)
            else { continue }
            styledHeadings[index] = heading
            styledKeys.insert(DocxHeadingLevels.Key(heading.number))
            styledChapterLevel = min(styledChapterLevel ?? level, level)
        }
    }

    /// The 1-based level Word gives the paragraph in its navigation pane: a direct outline level, else the
    /// style's. Level 10 (`w:outlineLvl` 9) is body text.
    private func styledLevel(_ paragraph: DocxParagraph) -> Int? {
        if let direct = paragraph.outlineLevel { return (0...8).contains(direct) ? direct + 1 : nil }
        if case .heading(let level) = styles.role(paragraph.styleID) { return level }
        return nil
    }

    private func styledHeading(_ index: Int, level: Int) -> Heading? {
        let range = text.trimmed(index)
        let label = labels[index]
        guard !range.isEmpty || label != nil else { return nil }
        var heading = MarkdownHeading.make(level: level, contentRange: range, in: source)
        if let label, let number = DocxParagraphShapes.number(label: label, at: text.range(index).lowerBound) {
            heading.number = number
            heading.title = MappedText(source: source, range: range)
            heading.span = Span(range)
        }
        return heading
    }

    // MARK: - Paragraphs

    private func isTOCLine(_ paragraph: DocxParagraph) -> Bool {
        paragraph.inTOCField || paragraph.inTOCControl || styles.role(paragraph.styleID) == .toc
    }

    private mutating func paragraph(_ index: Int) {
        let paragraph = body.paragraphs[index]
        let range = text.trimmed(index)
        let role = styles.role(paragraph.styleID)
        if isTOCLine(paragraph), role != .tocHeading, !PlainTextHeadingShape.isFrontMatterTitle(source.scalars, range) {
            if let entry = DocxParagraphShapes.tocEntry(source, range) { append(.tocEntry(entry), index...index) }
            return
        }
        if let heading = styledHeadings[index] {
            styledLevels.styled(level: heading.level, number: heading.number)
            appendHeading(heading, index)
            return
        }
        if role == .tocHeading, !range.isEmpty {
            let title = MappedText(source: source, range: range)
            appendHeading(Heading(level: styledChapterLevel ?? 1, number: nil, title: title, span: Span(range)), index)
            return
        }
        guard !range.isEmpty else { return }
        if inTOCSection {
            // With heading styles, the 目录 runs to the next heading, as in Markdown; without them, as in
            // text input, its lines need page numbers. A sentence ends it either way.
            if let entry = DocxParagraphShapes.tocEntry(source, range),
                entry.page != nil || (styledChapterLevel != nil && DocxParagraphShapes.isTitleLike(source, range))
            {
                append(.tocEntry(entry), index...index)
                return
            }
            // A page number that went to a paragraph of its own does not end the 目录.
            if range.count <= 3, range.allSatisfy({ ScalarClass.digitValue(source.scalars[$0]) != nil }) {
                append(
                    .paragraph(Paragraph(text: MappedText(source: source, range: range), span: Span(range))),
                    index...index)
                return
            }
            inTOCSection = false
        }
        if let heading = plainHeading(index, range) {
            appendHeading(heading, index)
            return
        }
        if let entry = DocxParagraphShapes.looseTOCEntry(source, range) {
            append(.tocEntry(entry), index...index)
        } else if let caption = DocxParagraphShapes.caption(source, range, hasCaptionStyle: role == .caption) {
            append(.caption(caption), index...index)
        } else {
            let content = MappedText(source: source, range: range)
            append(.paragraph(Paragraph(text: content, span: Span(range))), index...index)
        }
    }

    private mutating func appendHeading(_ heading: Heading, _ index: Int) {
        append(.heading(heading), index...index)
        inTOCSection = MarkdownTOC.isTOCTitle(heading.title)
    }

    // MARK: - Headings by shape

    /// A heading-shaped paragraph Word does not mark as a heading; the number may be Word's label.
    private mutating func plainHeading(_ index: Int, _ range: Range<Int>) -> Heading? {
        guard let (number, titleStart) = headingShape(index, range) else { return nil }
        let title = MappedText(source: source, range: titleStart..<range.upperBound)
        guard let number else {
            // A front-matter title: 前言, 目录, 附件.
            return Heading(level: styledChapterLevel ?? 1, number: nil, title: title, span: Span(range))
        }
        let level: Int
        if styledChapterLevel == nil {
            if textLevels.isListItemGoingBack(number) { return nil }
            level = textLevels.level(for: number)
        } else {
            guard body.paragraphs[index].isBold, !styledKeys.contains(DocxHeadingLevels.Key(number)) else {
                return nil
            }
            level = styledLevels.plainLevel(number)
        }
        return Heading(level: level, number: number, title: title, span: Span(range))
    }

    /// The number (nil for a front-matter title) and where the title starts, when the paragraph — with
    /// Word's label in front, if it has one — is shaped like a heading.
    private func headingShape(_ index: Int, _ range: Range<Int>) -> (HeadingNumber?, titleStart: Int)? {
        let s = source.scalars
        guard let label = labels[index] else {
            guard let candidate = PlainTextHeadingShape.candidate(s, range) else { return nil }
            return (candidate.number, candidate.titleStart)
        }
        let labelScalars = Array(label.unicodeScalars.filter { !$0.isUnicodeWhitespace })
        let shown = labelScalars + [" "] + Array(s[range])
        let offset = labelScalars.count + 1
        guard let candidate = PlainTextHeadingShape.candidate(shown, 0..<shown.count),
            let parsed = candidate.number, parsed.span.end <= labelScalars.count, candidate.titleStart >= offset,
            let number = DocxParagraphShapes.number(label: label, at: text.range(index).lowerBound)
        else { return nil }
        return (number, range.lowerBound + candidate.titleStart - offset)
    }

    // MARK: - Tables and comments

    /// A one-cell table is a frame around text (a 案例 box), not data.
    private func isFrame(_ table: DocxTable) -> Bool {
        table.rows.count == 1 && table.rows[0].cells.count == 1 && table.rows[0].cells[0].gridSpan == 1
    }

    private mutating func append(_ block: Block, _ paragraphs: ClosedRange<Int>) {
        blocks.append(block)
        blockParagraphs.append(paragraphs)
    }

    /// Word capitalises the first word of a comment ("Qrlint-disable"): the directive word is lower-cased.
    private static func directive(_ comment: String) -> String {
        let word = comment.prefix { $0 != " " && $0 != "\u{3000}" }
        return word.lowercased() + comment.dropFirst(word.count)
    }

    /// Word comments starting with `qrlint-disable` become `Comment` blocks spanning the commented
    /// paragraphs, placed before the first block they touch.
    private mutating func insertComments() {
        guard !body.paragraphs.isEmpty else { return }
        let last = body.paragraphs.count - 1
        let anchored = body.commentAnchors.compactMap { id, anchor -> (String, ClosedRange<Int>, String)? in
            guard let text = comments[id].map(Self.directive), text.hasPrefix("qrlint-disable") else { return nil }
            return (id, min(anchor.lowerBound, last)...min(anchor.upperBound, last), text)
        }
        .sorted { ($0.1.lowerBound, Int($0.0) ?? 0, $0.0) < ($1.1.lowerBound, Int($1.0) ?? 0, $1.0) }
        var inserted = 0
        var merged: [Block] = []
        merged.reserveCapacity(blocks.count + anchored.count)
        for (blockIndex, block) in blocks.enumerated() {
            while inserted < anchored.count, anchored[inserted].1.lowerBound <= blockParagraphs[blockIndex].upperBound {
                let (_, anchor, comment) = anchored[inserted]
                merged.append(.comment(Comment(text: comment, span: text.span(anchor))))
                inserted += 1
            }
            merged.append(block)
        }
        for (_, anchor, comment) in anchored[inserted...] {
            merged.append(.comment(Comment(text: comment, span: text.span(anchor))))
        }
        blocks = merged
    }
}
