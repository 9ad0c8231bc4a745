public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// The word printed in human output.
    public var label: String { rawValue }
}

/// One finding, after the engine has stamped its severity.
public struct Diagnostic: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var span: Span
    public var notes: [Note]
    public var fix: Fix?
    /// Titles of the enclosing sections, outermost first ("2 人才培养", "2.1 立德树人").
    public var sectionPath: [String]

    public init(
        ruleID: String, severity: Severity, message: String, span: Span, notes: [Note] = [], fix: Fix? = nil,
        sectionPath: [String] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.fix = fix
        self.sectionPath = sectionPath
    }
}

/// A related place with its own short message ("总数在此").
public struct Note: Sendable, Hashable {
    public var message: String
    public var span: Span

    public init(message: String, span: Span) {
        self.message = message
        self.span = span
    }
}

/// Replacement text for a source span.
public struct Fix: Sendable, Hashable {
    public var span: Span
    public var replacement: String
    /// Safe fixes may be applied without review (`--fix`); unsafe ones are only suggested.
    public var isSafe: Bool
    /// What the fix does, for `help:` ("改为“人才培养”").
    public var message: String

    public init(span: Span, replacement: String, isSafe: Bool, message: String) {
        self.span = span
        self.replacement = replacement
        self.isSafe = isSafe
        self.message = message
    }
}
