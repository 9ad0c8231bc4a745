import QRLintCore

extension SourceText.LineKind {
    /// How human output names a line: `12` in a text file, `¶12` (the paragraph number) in a `.docx`.
    func label(_ line: Int) -> String {
        switch self {
        case .line: String(line)
        case .paragraph: "¶\(line)"
        }
    }
}
