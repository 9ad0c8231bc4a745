import QRLintCore

/// The Markdown reader's one pass over the lines: each line either starts a block, continues the open
/// paragraph, or is skipped (code, front matter, thematic breaks). Linear in the input.
struct MarkdownBlockParser {
    private let source: SourceText
    private let lines: [MarkdownLine]
    private var blocks: [Block] = []
    /// The kind of the paragraph being read (nil when none is open); its lines are `pendingLines`.
    private var pending: ParagraphKind?
    /// Lines of the open paragraph, not yet a block: one buffer for all paragraphs of the document.
    private var pendingLines = MarkdownParagraphLines()
    /// Under a 目录 heading every line is an entry, until the next heading.
    private var inTOC = false
    /// Captions read from image alt texts (indices into `blocks`), dropped when a caption line repeats them.
    private var imageCaptions: Set<Int> = []
    /// Heading numbers that recur share their components and text.
    private var numbers = HeadingNumberCache()

    private enum ParagraphKind {
        case plain
        case listItem
        case quote
    }

    init(source: SourceText) {
        self.source = source
        let (lines, nonBlank) = MarkdownLine.lines(of: source)
        self.lines = lines
        // Every block starts on a line of its own: growing the array by doubling copied each block (an
        // enum with references) several times.
        blocks.reserveCapacity(nonBlank)
    }

    mutating func parse() -> [Block] {
        // The scalars are passed down, not read from `self` in each step: `step` mutates `self`, so a copy
        // read there was retained and released on every line.
        let s = source.scalars
        var index = MarkdownFence.frontMatterEnd(s, lines) ?? 0
        while index < lines.count {
            index = step(at: index, s)
        }
        flush()
        return blocksWithoutRepeatedImageCaptions()
    }

    /// Reads the line at `index` (and any lines its block spans); returns the index of the next line to read.
    private mutating func step(at index: Int, _ s: [Unicode.Scalar]) -> Int {
        let line = lines[index]
        if line.isBlank {
            flush()
            return index + 1
        }
        let first = s[line.content.lowerBound]
        // No block marker starts with a Chinese character, and most lines of a report do: such a line is
        // a table's header row or text, and the other recognisers need not look at it.
        if ScalarClass.isHan(first) {
            if MarkdownTable.mayFollow(s, lines, at: index), let next = readTable(at: index) { return next }
            return readText(index, line)
        }
        // Each recogniser below starts by testing the first scalar; the same test made here skips the call
        // for the lines it cannot match (a heading line went through three calls before its own).
        if first == "[" || first == "$", MarkdownBlockSyntax.isTOCPlaceholder(s, line) {
            flush()
            return index + 1
        }
        if first == "`" || first == "~", let next = MarkdownFence.skipCode(s, lines, at: index) {
            flush()
            return next
        }
        if first == "<", let (comments, next) = MarkdownComment.read(source, lines, at: index) {
            flush()
            blocks.append(contentsOf: comments.map(Block.comment))
            return next
        }
        if first == "#", let (level, content) = MarkdownBlockSyntax.atxHeading(s, line) {
            flush()
            let parts = MarkdownHeading.parts(s, content)
            inTOC = MarkdownTOC.isTOCTitle(s, parts.title)
            let number = MarkdownHeading.number(parts, s, &numbers)
            blocks.append(
                .heading(
                    Heading(
                        level: level, number: number, title: SourceMappedText.text(s, parts.title),
                        span: Span(content))))
            return index + 1
        }
        if first == "=" || first == "-", pending == .plain, let level = MarkdownBlockSyntax.setextLevel(s, line) {
            pending = nil
            let content = MarkdownParagraphJoin.join(source.scalars, pendingLines)
            let heading = MarkdownHeading.make(level: level, content: content, in: source)
            inTOC = MarkdownTOC.isTOCTitle(heading.title)
            blocks.append(.heading(consume heading))
            return index + 1
        }
        if first == "-" || first == "*" || first == "_", MarkdownBlockSyntax.isThematicBreak(s, line) {
            flush()
            return index + 1
        }
        if MarkdownTable.mayFollow(s, lines, at: index), let next = readTable(at: index) { return next }
        if first == "!", let alt = MarkdownCaption.imageAlt(s, line) {
            flush()
            if let caption = MarkdownCaption.caption(SourceMappedText.trimmed(s, alt)) {
                imageCaptions.insert(blocks.count)
                blocks.append(.caption(caption))
            }
            return index + 1
        }
        if first == ">", let quoted = MarkdownBlockSyntax.quoteContent(s, line) {
            if pending != .quote { flush() }
            if quoted.isEmpty {
                flush()
            } else {
                continueParagraph(quoted, kind: .quote)
            }
            return index + 1
        }
        if let item = MarkdownBlockSyntax.listItemContent(s, line) {
            flush()
            if inTOC {
                appendTOCEntry(item)
            } else if !item.isEmpty {
                open(.listItem, item)
            }
            return index + 1
        }
        return readText(index, line)
    }

    /// A table starting at `index`: appended, and the index of the line after it.
    private mutating func readTable(at index: Int) -> Int? {
        guard let (table, next) = MarkdownTable.read(source, lines, at: index) else { return nil }
        flush()
        blocks.append(.table(table))
        return next
    }

    /// A line of text: a 目录 entry under a 目录 heading, else part of a paragraph.
    private mutating func readText(_ index: Int, _ line: MarkdownLine) -> Int {
        if inTOC {
            flush()
            appendTOCEntry(line.content)
        } else {
            continueParagraph(line.content, kind: .plain)
        }
        return index + 1
    }

    /// Adds a line to the open paragraph (a lazy continuation keeps the paragraph's kind) or opens one.
    private mutating func continueParagraph(_ range: Range<Int>, kind: ParagraphKind) {
        if pending != nil {
            pendingLines.append(range)
        } else {
            open(kind, range)
        }
    }

    private mutating func open(_ kind: ParagraphKind, _ first: Range<Int>) {
        pending = kind
        pendingLines.start(first)
    }

    /// Turns the open paragraph into a block: a caption when it is one short line that parses as one.
    private mutating func flush() {
        guard let kind = pending else { return }
        pending = nil
        guard pendingLines.count == 1 else {
            let text = MarkdownParagraphJoin.join(source.scalars, pendingLines)
            if !text.isEmpty { blocks.append(.paragraph(Paragraph(text: text, span: text.sourceSpan))) }
            return
        }
        // Most paragraphs are one line: its text is that range of the source, what the join would build.
        let line = pendingLines.first
        guard !line.isEmpty else { return }
        let s = source.scalars
        // Most lines cannot start a caption: their text is built right into the block.
        guard kind != .listItem, MarkdownCaption.mayStartCaption(s[line.lowerBound]) else {
            blocks.append(.paragraph(Paragraph(text: SourceMappedText.text(s, line), span: Span(line))))
            return
        }
        let text = SourceMappedText.text(s, line)
        if let caption = MarkdownCaption.caption(text) {
            blocks.append(.caption(caption))
        } else {
            blocks.append(.paragraph(Paragraph(text: text, span: Span(line))))
        }
    }

    private mutating func appendTOCEntry(_ content: Range<Int>) {
        if let entry = MarkdownTOC.entry(source, content) {
            blocks.append(.tocEntry(entry))
        }
    }

    /// `![图1 学校大门](gate.png)` followed by the caption line "图1 学校大门" is one caption, not two.
    private func blocksWithoutRepeatedImageCaptions() -> [Block] {
        guard !imageCaptions.isEmpty else { return blocks }
        func caption(_ index: Int) -> Caption? {
            guard blocks.indices.contains(index), !imageCaptions.contains(index),
                case .caption(let caption) = blocks[index]
            else { return nil }
            return caption
        }
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            if imageCaptions.contains(index), case .caption(let image) = block,
                [index - 1, index + 1].contains(where: {
                    caption($0).map { $0.kind == image.kind && $0.number == image.number } ?? false
                })
            {
                continue
            }
            kept.append(block)
        }
        return kept
    }
}
