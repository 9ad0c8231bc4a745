import QRLintCore

/// The source text of a `.docx`: its paragraphs joined by line feeds, so that a "line" is a Word
/// paragraph (1-based, document order, table cells included) and a column counts characters in it.
struct DocxSourceText {
    let source: SourceText

    init(path: String, paragraphs: [DocxParagraph]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(paragraphs.reduce(0) { $0 + $1.text.count + 1 })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { scalars.append("\n") }
            scalars.append(contentsOf: paragraph.text)
        }
        source = SourceText(path: path, scalars: scalars, lineKind: .paragraph)
    }

    /// The scalar range of paragraph `index` (0-based).
    func range(_ index: Int) -> Range<Int> {
        source.lineRange(index + 1)
    }

    /// The paragraph without leading and trailing white space (an empty range at its start when blank).
    func trimmed(_ index: Int) -> Range<Int> {
        let full = range(index)
        let s = source.scalars
        var lower = full.lowerBound
        var upper = full.upperBound
        while lower < upper, Self.isBlank(s[lower]) { lower += 1 }
        while upper > lower, Self.isBlank(s[upper - 1]) { upper -= 1 }
        return lower == upper ? full.lowerBound..<full.lowerBound : lower..<upper
    }

    /// Paragraphs `range` from the start of the first to the end of the last.
    func span(_ paragraphs: ClosedRange<Int>) -> Span {
        Span(start: range(paragraphs.lowerBound).lowerBound, end: range(paragraphs.upperBound).upperBound)
    }

    private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(s) || s.isUnicodeWhitespace
    }
}
