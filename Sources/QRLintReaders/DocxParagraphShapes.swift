import QRLintCore

/// What a single Word paragraph can be besides body text, decided from its text alone: a 目录 line, a
/// caption, a heading number shown by Word's automatic numbering.
enum DocxParagraphShapes {
    /// A 目录 line: "1 学校概况\t1" (Word puts a tab, drawn as a dot leader, before the page), "前言……1";
    /// without a page number the whole text is the entry.
    static func tocEntry(_ source: SourceText, _ range: Range<Int>) -> TOCEntry? {
        guard !range.isEmpty else { return nil }
        let s = source.scalars
        var textRange = range
        var page: Int?
        if let trailing = PlainTextTrailingPage.parse(s, range) {
            textRange = trailing.textRange
            page = trailing.page
        }
        var end = textRange.upperBound
        while end > textRange.lowerBound, isLeader(s[end - 1]) { end -= 1 }
        guard end > textRange.lowerBound else { return nil }
        let text = MappedText(source: source, range: textRange.lowerBound..<end)
        return TOCEntry(text: text, page: page, span: Span(range))
    }

    /// A 目录 line outside a 目录 section, as the text reader takes it: a tab or dot leader before the page,
    /// and a text that starts like a heading or caption.
    static func looseTOCEntry(_ source: SourceText, _ range: Range<Int>) -> TOCEntry? {
        guard let trailing = PlainTextTrailingPage.parse(source.scalars, range), trailing.leader == .strong,
            !trailing.textHasTab, trailing.isTitleLike(source.scalars)
        else { return nil }
        return tocEntry(source, range)
    }

    /// Short, no sentence in it, and not a front-matter title (前言 after a 目录 opens the next part).
    static func isTitleLike(_ source: SourceText, _ range: Range<Int>) -> Bool {
        let s = source.scalars
        return !range.isEmpty && range.count <= PlainTextHeadingShape.maxCaptionLength
            && !range.contains(where: { s[$0] == "。" }) && !PlainTextHeadingShape.isFrontMatterTitle(s, range)
    }

    /// "图1 学校大门", "表 2-1：学生情况": short and not a sentence, unless the paragraph has Word's caption
    /// style (then only the number must parse).
    static func caption(_ source: SourceText, _ range: Range<Int>, hasCaptionStyle: Bool) -> Caption? {
        let s = source.scalars
        guard !range.isEmpty, let match = CaptionParser.parse(s, start: range.lowerBound, end: range.upperBound)
        else { return nil }
        if !hasCaptionStyle {
            guard range.count <= MarkdownCaption.maxLength, !ScalarClass.isTerminal(s[range.upperBound - 1]),
                !range.contains(where: { s[$0] == "。" })
            else { return nil }
        }
        let title = MappedText(source: source, range: match.titleStart..<max(match.titleStart, match.titleEnd))
        return Caption(kind: match.kind, number: match.number, title: title, span: Span(range))
    }

    /// The heading number of an automatic-numbering label ("1.1", "一、", "（三）", "第二章"); its span is
    /// empty, at `offset`, because the number is not part of the paragraph's text.
    static func number(label: String, at offset: Int) -> HeadingNumber? {
        let s = Array(label.unicodeScalars.filter { !$0.isUnicodeWhitespace })
        guard let match = HeadingNumberParser.parse(s, start: 0, end: s.count, sourceOffset: offset) else { return nil }
        let number = match.number
        return HeadingNumber(
            style: number.style, components: number.components, text: number.text, span: Span(offset..<offset))
    }

    private static func isLeader(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "…" || c == "·" || c == "．" || c == "⋯" || ScalarClass.isSpace(c)
    }
}
