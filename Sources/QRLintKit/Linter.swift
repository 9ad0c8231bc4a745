import Foundation
import QRLintCore
import QRLintReaders
import QRLintRules

/// What to lint with: the configuration a run shares across its inputs.
public struct LintOptions: Sendable {
    /// A profile id, or nil / "auto" to detect per document.
    public var template: String?
    public var rulePackDirectories: [String]
    public var disabled: Set<String>
    /// When non-empty, only these rules run.
    public var only: Set<String>
    public var severities: [String: Severity]
    /// The reporting year when a draft's title does not say it (`reportYear` in the configuration).
    public var reportYear: Int?
    /// Rule id → option name → value (`options` in the configuration).
    public var ruleOptions: [String: [String: Int]]

    public init(
        template: String? = nil, rulePackDirectories: [String] = [], disabled: Set<String> = [], only: Set<String> = [],
        severities: [String: Severity] = [:], reportYear: Int? = nil, ruleOptions: [String: [String: Int]] = [:]
    ) {
        self.ruleOptions = ruleOptions
        self.reportYear = reportYear
        self.template = template
        self.rulePackDirectories = rulePackDirectories
        self.disabled = disabled
        self.only = only
        self.severities = severities
    }
}

/// Reads, analyses and checks documents.
public struct Linter: Sendable {
    public let packs: RulePacks
    public let options: LintOptions
    public let rules: [any Rule.Type]

    public init(options: LintOptions) throws(QRLintError) {
        var packs = try RulePacks.builtIn()
        for directory in options.rulePackDirectories {
            packs = try packs.adding(directory: directory)
        }
        if let template = options.template, template != "auto", packs.template(template) == nil {
            let known = packs.templates.map(\.id).joined(separator: "、")
            throw QRLintError(.usage, "未知的模板“\(template)”（可用：\(known)，或 auto）")
        }
        for id in options.disabled.union(options.only).union(options.severities.keys) where RuleRegistry.rule(id) == nil
        {
            throw QRLintError(.usage, "未知的规则“\(id)”（可用 qrlint rules 查看全部规则）")
        }
        self.packs = packs
        self.options = options
        self.rules = RuleRegistry.all.filter { rule in
            let id = rule.description.id
            return !options.disabled.contains(id) && (options.only.isEmpty || options.only.contains(id))
        }
    }

    /// The most characters (scalars) one input may hold, about 400 MB of Chinese text. The number analysis keeps
    /// offsets into its texts as 32-bit numbers, so a text near 2³¹ characters would stop it; a whole report is a
    /// few hundred thousand.
    public static let maximumScalars = 1 << 27

    /// Refuses a text longer than `limit` characters with an input error (exit 2).
    static func checkLength(_ count: Int, path: String, limit: Int = maximumScalars) throws(QRLintError) {
        guard count > limit else { return }
        throw QRLintError(.input, "\(path)：文本有 \(count) 个字符，超过上限 \(limit) 个字符，不像一份质量年度报告；请分开检查")
    }

    /// The document and its analysis, for `--dump` and `--dump-outline`.
    public func analyse(bytes: [UInt8], path: String) throws(QRLintError) -> LintContext {
        let document = try DocumentReader.read(bytes: bytes, path: path)
        try Self.checkLength(document.source.scalars.count, path: path)
        return try LintContext(
            document: document, packs: packs, template: options.template, reportYear: options.reportYear,
            ruleOptions: options.ruleOptions)
    }

    public func lint(bytes: [UInt8], path: String) throws(QRLintError) -> FileReport {
        report(try analyse(bytes: bytes, path: path), path: path)
    }

    /// The findings on an analysed document.
    public func report(_ context: LintContext, path: String) -> FileReport {
        let (diagnostics, suppressions) = RuleRunner.runReportingSuppressions(
            rules, context: context, severities: options.severities)
        return FileReport(
            path: path, profile: context.profile?.id, profileReason: context.choice.reason,
            source: context.document.source, diagnostics: diagnostics, suppressions: suppressions)
    }
}
