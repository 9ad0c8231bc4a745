/// Everything a renderer needs: the findings of every input, in input order.
public struct LintReport: Sendable {
    public var files: [FileReport]
    /// The rules that ran (for SARIF's rule table and summaries), sorted by id.
    public var rules: [RuleDescription]

    public init(files: [FileReport], rules: [RuleDescription]) {
        self.files = files
        self.rules = rules
    }

    public func count(_ severity: Severity) -> Int {
        // Counted in place: `filter` copied every matching diagnostic into a new array, three times per summary.
        var count = 0
        for file in files {
            for index in file.diagnostics.indices where file.diagnostics[index].severity == severity { count += 1 }
        }
        return count
    }
}

public struct FileReport: Sendable {
    /// As the user gave it (or as found below a folder); `-` for standard input.
    public var path: String
    /// The template profile used ("zhongzhi-2025"), or nil when the input is not a report.
    public var profile: String?
    /// Why that profile (or none) was chosen, in Chinese ("自动识别：封面标题含“技工学校”……").
    public var profileReason: String?
    public var source: SourceText
    /// Sorted by position, then rule id.
    public var diagnostics: [Diagnostic]
    /// The inline suppressions of the draft, in document order.
    public var suppressions: [SuppressionRecord]

    public init(
        path: String, profile: String?, profileReason: String? = nil, source: SourceText, diagnostics: [Diagnostic],
        suppressions: [SuppressionRecord] = []
    ) {
        self.suppressions = suppressions
        self.path = path
        self.profile = profile
        self.profileReason = profileReason
        self.source = source
        self.diagnostics = diagnostics
    }
}
