/// What a rule is, for `qrlint rules`, `explain`, SARIF and the example tests.
public struct RuleDescription: Sendable {
    /// `family.kebab-name`, stable forever.
    public let id: String
    public let defaultSeverity: Severity
    /// One line, Chinese.
    public let summary: String
    /// Why the rule exists and what to do, Chinese.
    public let rationale: String
    /// Template profile ids the rule applies to; empty means every profile.
    public let profiles: [String]
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]
    /// Settings a configuration file may give the rule (`"rules": { id: { "options": { name: value } } }`).
    public let options: [RuleOption]

    public init(
        id: String, defaultSeverity: Severity, summary: String, rationale: String, profiles: [String] = [],
        triggering: [RuleExample], nonTriggering: [RuleExample], options: [RuleOption] = []
    ) {
        self.options = options
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.profiles = profiles
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    public var family: String { String(id.split(separator: ".").first ?? "") }
}

/// A small draft that a rule must (or must not) flag. In a triggering example, `⟦…⟧` marks each expected
/// primary range and `⟪…⟫` each expected related note; an example without marks expects `count` findings.
public struct RuleExample: Sendable {
    public let text: String
    /// A template profile to lint with instead of automatic detection.
    public let template: String?
    /// Expected number of findings when the text carries no `⟦⟧` marks (triggering examples only).
    public let count: Int?
    /// Substring the (first) message must contain.
    public let messageContains: String?
    public let file: String
    public let line: Int

    public init(
        _ text: String, template: String? = nil, count: Int? = nil, messageContains: String? = nil,
        file: String = #filePath, line: Int = #line
    ) {
        self.text = text
        self.template = template
        self.count = count
        self.messageContains = messageContains
        self.file = file
        self.line = line
    }
}

/// A whole-number setting of a rule, e.g. the word limit of a case study.
public struct RuleOption: Sendable, Hashable {
    public let name: String
    /// What it sets, Chinese.
    public let summary: String

    public init(name: String, summary: String) {
        self.name = name
        self.summary = summary
    }
}
