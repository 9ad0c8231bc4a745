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
    public var fix: Optional<Fix>  // spelled out: see `Heading.number`
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

/// Replacement text for a source span — or for several spans at once, when one finding stands for many
/// places (a systemic style finding fixes all of them with one fix).
public struct Fix: Sendable, Hashable {
    /// One replacement: the scalars in `span` become `replacement`.
    public struct Edit: Sendable, Hashable {
        public var span: Span
        public var replacement: String

        public init(span: Span, replacement: String) {
            self.span = span
            self.replacement = replacement
        }
    }

    /// In text order and not overlapping; never empty.
    public let edits: [Edit]
    /// Safe fixes may be applied without review (`--fix`); unsafe ones are only suggested.
    public var isSafe: Bool
    /// What the fix does, for `help:` ("改为“人才培养”").
    public var message: String

    public init(span: Span, replacement: String, isSafe: Bool, message: String) {
        self.init(edits: [Edit(span: span, replacement: replacement)], isSafe: isSafe, message: message)!
    }

    /// Nil when there is no edit or the edits are out of order or overlap.
    public init?(edits: [Edit], isSafe: Bool, message: String) {
        guard !edits.isEmpty, zip(edits, edits.dropFirst()).allSatisfy({ $0.span.end <= $1.span.start }) else {
            return nil
        }
        self.edits = edits
        self.isSafe = isSafe
        self.message = message
    }

    /// From the first edit's start to the last edit's end.
    public var span: Span { Span(start: edits[0].span.start, end: edits[edits.count - 1].span.end) }

    /// The text that replaces `span`: the one edit's replacement, or the covered source with every edit
    /// applied (for outputs that describe a fix as one replacement).
    public func replacement(in source: [Unicode.Scalar]) -> String {
        if edits.count == 1 { return edits[0].replacement }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(span.range.count * 3)
        var at = span.start
        for edit in edits {
            utf8.appendUTF8(of: source[at..<edit.span.start])
            utf8.append(contentsOf: edit.replacement.utf8)
            at = edit.span.end
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
