import QRLintCore

/// Text with a role on each run, so human output is laid out once and then printed plain or in colour.
struct StyledText {
    /// What a run of text is, not how it looks; `ANSIColorDecorator` chooses the look.
    enum Role: Sendable, Equatable {
        case plain
        /// The severity word and the underline of a finding.
        case severity(Severity)
        /// The `note` word and a note's underline.
        case note
        case ruleID
    }

    struct Run: Equatable {
        var text: String
        var role: Role
    }

    private(set) var runs: [Run] = []

    mutating func append(_ text: String, _ role: Role = .plain) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.role == role {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text: text, role: role))
        }
    }

    mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, run.role) }
    }

    /// The text without any styling.
    var plain: String {
        runs.map(\.text).joined()
    }
}
