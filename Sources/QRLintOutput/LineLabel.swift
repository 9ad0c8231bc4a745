import QRLintCore

extension SourceText.LineKind {
    /// How human output names a line: `12` in a text file, `¶12` (the paragraph number) in a `.docx`,
    /// `p3:12` (page 3, its 12th line of extracted text) in a PDF.
    func label(_ line: Int) -> String {
        switch self {
        case .line: return String(line)
        case .paragraph: return "¶\(line)"
        case .page(let pages):
            let location = pages.location(ofLine: line)
            return "p\(location.page):\(location.line)"
        }
    }

    /// The PDF page of a line, for the formats that keep whole-text lines and add the page beside them.
    func page(ofLine line: Int) -> Int? {
        guard case .page(let pages) = self else { return nil }
        return pages.location(ofLine: line).page
    }
}
