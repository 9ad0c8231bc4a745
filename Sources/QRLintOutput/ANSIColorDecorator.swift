import QRLintCore

/// Prints `StyledText` with ANSI SGR colours. The caller decides whether colour is wanted (terminal,
/// `NO_COLOR`, `--color`); this type only paints.
struct ANSIColorDecorator {
    static let reset = "\u{1B}[0m"

    func render(_ text: StyledText) -> String {
        var output = ""
        for run in text.runs {
            guard let code = Self.code(for: run.role) else {
                output += run.text
                continue
            }
            // Colour each line separately so a pager or `grep` never sees a line that leaves colour on.
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            output += lines.map { $0.isEmpty ? "" : code + $0 + Self.reset }.joined(separator: "\n")
        }
        return output
    }

    static func code(for role: StyledText.Role) -> String? {
        switch role {
        case .plain: nil
        case .severity(.error): "\u{1B}[1;31m"
        case .severity(.warning): "\u{1B}[1;33m"
        case .severity(.info), .note: "\u{1B}[36m"
        case .ruleID: "\u{1B}[2m"
        }
    }
}
