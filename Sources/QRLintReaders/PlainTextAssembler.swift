import QRLintCore

/// Walks the scanned lines once, in order, and turns them into blocks: what a line is depends on the
/// paragraph before it (a heading-shaped line inside a wrapped sentence is text), on the 目录 block it
/// sits in, and, for a lone number, on the line after it.
struct PlainTextAssembler {
    private let source: SourceText
    private let lines: [PlainTextLine]
    private let layout: PlainTextLayout
    private var blocks: [Block] = []
    /// The paragraph being joined (`isOpen`), one builder for the whole document.
    private var paragraph = PlainTextParagraphBuilder()
    /// Blank lines, page numbers or running headers since the last line used.
    private var afterGap = false
    /// Inside a 目录 / 图目录 / 表目录 / 案例目录 block.
    private var inTOC = false
    private var levels = PlainTextHeadingLevels()
    /// The 目录 entries so far, without spaces.
    private var tocKeys = PlainTextTOCKeys()
    /// Heading numbers that recur share their components and text.
    private var numbers = HeadingNumberCache()

    init(source: SourceText, lines: [PlainTextLine], layout: PlainTextLayout) {
        self.source = source
        self.lines = lines
        self.layout = layout
        // At most one block per line: growing the array by doubling copied each block several times. Room
        // for the blank lines too (a block is one reference): counting the others read every line once more.
        blocks.reserveCapacity(lines.count)
    }

    mutating func assemble() -> [Block] {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || line.isPageNumber || line.isRunningHeader {
                afterGap = true
                index += 1
                continue
            }
            let next = step(index)
            afterGap = next.isGap
            index = next.index
        }
        flushParagraph()
        return blocks
    }

    /// Handles the line at `index` (and any it takes along); returns where to go on.
    ///
    /// The tests it asks of the assembler (`tableEnd`, `acceptsHeading`, `continuesParagraph`,
    /// `acceptsCaption`) are inlined: called from this mutating method, each call first copied the whole
    /// assembler (over 300 bytes) to pass it as `self`, two copies a line.
    private mutating func step(_ index: Int) -> (index: Int, isGap: Bool) {
        let line = lines[index]
        if line.isComment {
            flushParagraph()
            let text = source.text(in: PlainTextTableRow.trim(source.scalars, line.commentStart..<line.text.upperBound))
            blocks.append(.comment(Comment(text: text, span: Span(line.text))))
            return (index + 1, false)
        }
        if inTOC {
            if let next = tocStep(index) { return next }
            inTOC = false
        }
        if !paragraph.isOpen, case .caption(let caption)? = blocks.last, caption.kind == .table,
            let rows = PlainTextCellLines.rows(lines, from: index, source.scalars)
        {
            emitCellLineTable(rows)
            return (rows.last!.upperBound, false)
        }
        if line.hasStrongTrailingPage, let page = trailingPage(line), !page.textHasTab,
            page.isTitleLike(source.scalars)
        {
            flushParagraph()
            emitTOCEntry(first: nil, line, page)
            return (index + 1, false)
        }
        if let end = tableEnd(from: index) {
            flushParagraph()
            emitTable(index..<end)
            return (end, false)
        }
        if line.isNumeric {
            if line.isLoneInteger, isPageNumberInsideSentence(index) { return (index + 1, true) }
            flushParagraph()
            blocks.append(.paragraph(PlainTextParagraphBuilder.single(line, source.scalars)))
            return (index + 1, false)
        }
        // A heading-shaped line is a front-matter title or has its number recorded by the scanner.
        if line.isHeadingShaped, line.isFrontMatterTitle || line.hasHeadingNumber, acceptsHeading(line) {
            flushParagraph()
            emitHeading(line)
            return (index + 1, false)
        }
        if line.isCaptionShaped, let match = PlainTextHeadingShape.caption(source.scalars, line),
            acceptsCaption(match, line)
        {
            flushParagraph()
            return (emitCaption(match, index), false)
        }
        if line.isDataRow {
            flushParagraph()
            blocks.append(.paragraph(PlainTextParagraphBuilder.single(line, source.scalars)))
        } else if paragraph.isOpen, continuesParagraph(line) {
            paragraph.append(line, at: index, source.scalars)
        } else {
            flushParagraph()
            paragraph.start(line, at: index, source.scalars)
        }
        return (index + 1, false)
    }

    // MARK: - Paragraphs

    private mutating func flushParagraph() {
        if let built = paragraph.take(source.scalars) { blocks.append(.paragraph(built)) }
    }

    /// Whether `line` goes on with the open paragraph's sentence.
    @inline(__always)
    private func continuesParagraph(_ line: PlainTextLine) -> Bool {
        guard paragraph.isOpen, !line.isNumeric, !line.isDataRow else { return false }
        let last = paragraph.lastLine
        guard afterGap else { return layout.continuesDirectly(lines[last], line) }
        return layout.continuesAcrossGap(lines[last], widestEarlierLine: paragraph.widestEarlierLine, line)
    }

    /// A lone 1–3 digit line between a wrapped sentence and its continuation is the page number of a page
    /// break; anywhere else it is a value (a flattened table or chart) and is kept.
    private func isPageNumberInsideSentence(_ index: Int) -> Bool {
        guard paragraph.isOpen,
            layout.isProseOpen(lines[paragraph.lastLine], widestEarlierLine: paragraph.widestEarlierLine)
        else { return false }
        var next = index + 1
        while next < lines.count, lines[next].isBlank || lines[next].isPageNumber || lines[next].isRunningHeader {
            next += 1
        }
        guard next < lines.count else { return false }
        let following = lines[next]
        return following.isPlain && !following.isDataRow && layout.isContinuation(following)
    }

    // MARK: - Headings and captions

    /// Decided on the number the scanner found, before a `HeadingNumber` is built for it.
    @inline(__always)
    private func acceptsHeading(_ line: PlainTextLine) -> Bool {
        guard !line.isFrontMatterTitle, let found = line.headingNumber else { return true }
        let number = PlainTextHeadingLevels.Number(found)
        if levels.isListItemGoingBack(number) { return false }
        // Inside a wrapped sentence a heading-shaped line ("3.3 万人…" at a line start) is text, unless
        // it is exactly the next heading number.
        if paragraph.isOpen, continuesParagraph(line) { return levels.isNext(number) }
        return true
    }

    /// Builds the heading right into its block (a heading built aside was copied into the block and then
    /// destroyed, a retain and release per field); the number is shared through `numbers`.
    private mutating func emitHeading(_ line: PlainTextLine) {
        let s = source.scalars
        let text = line.text
        guard !line.isFrontMatterTitle, let found = line.headingNumber else {
            inTOC = line.opensTOC
            blocks.append(
                .heading(
                    Heading(
                        level: levels.level(for: nil), number: nil, title: SourceMappedText.text(s, text),
                        span: Span(text))))
            return
        }
        let level = levels.level(for: PlainTextHeadingLevels.Number(found))
        inTOC = false
        let number = numbers.number(found, s, start: text.lowerBound, sourceOffset: text.lowerBound)
        blocks.append(
            .heading(
                Heading(
                    level: level, number: number, title: SourceMappedText.text(s, found.titleStart..<text.upperBound),
                    span: Span(text))))
    }

    /// A caption-shaped line that is a long clause inside a wrapped sentence ("表 1 显示，…") is text.
    @inline(__always)
    private func acceptsCaption(_ match: CaptionParser.Match, _ line: PlainTextLine) -> Bool {
        guard paragraph.isOpen, continuesParagraph(line) else { return true }
        return !(line.length >= layout.wrapThreshold && line.hasInnerComma)
    }

    /// Emits a caption. "案例1" alone on its line takes its title from the next short line; a caption cut
    /// by the page width ("案例 19：…探索《习近平的七年知青" + "岁月》") takes the rest of its title along.
    private mutating func emitCaption(_ match: CaptionParser.Match, _ index: Int) -> Int {
        let line = lines[index]
        let titleRange = match.titleStart..<max(match.titleStart, match.titleEnd)
        let s = source.scalars
        var title = SourceTextJoiner()
        title.append(s, titleRange)
        var span = Span(line.text)
        var next = index + 1
        var look = index + 1
        while look < lines.count, lines[look].isBlank { look += 1 }
        if look < lines.count, isCaptionTail(lines[look], of: line, titleRange) {
            let tail = lines[look]
            if let last = title.last,
                PlainTextParagraphBuilder.needsSpace(after: last, before: s[tail.text.lowerBound])
            {
                title.appendSynthetic(" ", at: titleRange.upperBound)
            }
            title.append(s, tail.text)
            span = span.union(Span(tail.text))
            next = look + 1
        }
        let caption = Caption(kind: match.kind, number: match.number, title: title.build(s).trimmed(), span: span)
        blocks.append(.caption(caption))
        return next
    }

    private func isCaptionTail(_ tail: PlainTextLine, of line: PlainTextLine, _ titleRange: Range<Int>) -> Bool {
        guard tail.isPlain, !tail.isRunningHeader, !tail.isDataRow, !tail.endsSentence, !tail.hasInnerSentenceMark
        else { return false }
        if titleRange.isEmpty { return tail.length <= PlainTextHeadingShape.maxCaptionLength }
        let cut =
            line.length >= layout.adjacentThreshold
            || !PlainTextHeadingShape.isBalanced(source.scalars, titleRange)
        return cut && tail.length < layout.adjacentThreshold && !tail.hasInnerClauseMark
    }

    // MARK: - 目录

    /// Inside a 目录 block: entries (page after a tab, dot leaders or spaces), page numbers, and entries
    /// wrapped onto two lines. nil when the line ends the block.
    private mutating func tocStep(_ index: Int) -> (index: Int, isGap: Bool)? {
        let line = lines[index]
        if line.isFrontMatterTitle { return nil }
        if let page = trailingPage(line) {
            flushParagraph()
            emitTOCEntry(first: nil, line, page)
            return (index + 1, false)
        }
        if line.isLoneInteger { return (index + 1, true) }
        if index + 1 < lines.count, let page = trailingPage(lines[index + 1]), !line.endsSentence,
            line.length <= PlainTextHeadingShape.maxCaptionLength
        {
            flushParagraph()
            emitTOCEntry(first: line, lines[index + 1], page)
            return (index + 2, false)
        }
        // pdftotext may put an entry's page on a line of its own ("【案例 2-2】技能大赛全员化" then "2"). Not
        // when the line repeats an entry already listed: that is the first body heading at the foot of a
        // page, followed by the page number.
        if index + 1 < lines.count, lines[index + 1].isLoneInteger, !line.endsSentence, !line.hasInnerSentenceMark,
            line.length <= PlainTextHeadingShape.maxCaptionLength, !tocKeys.contains(source.scalars, line.text)
        {
            flushParagraph()
            emitTOCEntry(line, pageLine: lines[index + 1])
            return (index + 2, false)
        }
        // A caption line after an entry ("图 2 智能制造实训中心" in a 图目录) whose page pdftotext printed
        // elsewhere in the block, or not at all: an entry without a page, not a second caption.
        if line.isCaptionShaped, case .tocEntry? = blocks.last, !line.endsSentence, !line.hasInnerSentenceMark,
            !tocKeys.contains(source.scalars, line.text)
        {
            flushParagraph()
            emitTOCEntry(line, pageLine: nil)
            return (index + 1, false)
        }
        return nil
    }

    /// An entry whose page number is the whole next line, or that has none.
    private mutating func emitTOCEntry(_ line: PlainTextLine, pageLine: PlainTextLine?) {
        var page: Int?
        var span = Span(line.text)
        if let pageLine {
            page = pageLine.text.reduce(0) { $0 * 10 + (ScalarClass.digitValue(source.scalars[$1]) ?? 0) }
            span = span.union(Span(pageLine.text))
        }
        let text = SourceMappedText.text(source.scalars, line.text)
        tocKeys.insert(source.scalars, line.text)
        blocks.append(.tocEntry(TOCEntry(text: text, page: page, span: span)))
    }

    private func trailingPage(_ line: PlainTextLine) -> PlainTextTrailingPage? {
        line.hasTrailingPage ? PlainTextTrailingPage.parse(source.scalars, line.text) : nil
    }

    private mutating func emitTOCEntry(first: PlainTextLine?, _ line: PlainTextLine, _ page: PlainTextTrailingPage) {
        let s = source.scalars
        var text = SourceTextJoiner()
        var span = Span(line.text)
        if let first {
            text.append(s, first.text)
            if let last = text.last,
                PlainTextParagraphBuilder.needsSpace(after: last, before: source.scalars[page.textRange.lowerBound])
            {
                text.appendSynthetic(" ", at: first.text.upperBound)
            }
            span = span.union(Span(first.text))
        }
        text.append(s, page.textRange)
        let built = text.build(s)
        tocKeys.insert(built.scalars, 0..<built.scalars.count)
        blocks.append(.tocEntry(TOCEntry(text: built, page: page.page, span: span)))
    }

    // MARK: - Tables

    /// The end of the table starting at `index`, or nil when the line starts none. Consecutive rows of one
    /// style make a table; a single row needs three cells.
    @inline(__always)
    private func tableEnd(from index: Int) -> Int? {
        let first = lines[index]
        guard let style = first.rowStyle else { return nil }
        if style == .tab, first.rowFilledCells < 2 { return nil }
        var end = index + 1
        while end < lines.count, lines[end].rowStyle == style, !lines[end].isComment { end += 1 }
        if end - index == 1, first.rowFilledCells < 3 { return nil }
        return end
    }

    /// A table PDF text flattened to one cell per line (`PlainTextCellLines`).
    private mutating func emitCellLineTable(_ rows: [Range<Int>]) {
        let cells = rows.map { row in
            lines[row].map { TableCell(text: SourceMappedText.text(source.scalars, $0.text)) }
        }
        let span = Span(
            start: lines[rows[0].lowerBound].text.lowerBound, end: lines[rows.last!.upperBound - 1].text.upperBound)
        blocks.append(.table(Table(rows: cells, span: span)))
    }

    private mutating func emitTable(_ range: Range<Int>) {
        var rows: [[TableCell]] = []
        for index in range {
            let line = lines[index]
            guard let row = PlainTextTableRow.parse(source.scalars, line: line.range, text: line.text),
                !row.isSeparator
            else { continue }
            rows.append(row.cells.map { TableCell(text: SourceMappedText.text(source.scalars, $0)) })
        }
        let span = Span(
            start: lines[range.lowerBound].text.lowerBound, end: lines[range.upperBound - 1].text.upperBound)
        blocks.append(.table(Table(rows: rows, span: span)))
    }
}
