import QRLintCore
import QRLintRules

/// `qrlint rules`, `qrlint rules validate DIR`, `qrlint explain RULE`, `qrlint templates`.
enum RuleCatalog {
    static func run(_ args: ParsedArguments, streams: QRLintCommand.Streams) throws(QRLintError) -> Int32 {
        if args.positionals.first == "validate" {
            return try validate(args, streams: streams)
        }
        guard args.positionals.isEmpty else {
            throw QRLintError(.usage, "qrlint rules 不接受参数“\(args.positionals[0])”（要检查规则包请用 qrlint rules validate DIR）")
        }
        if args.flag(QRLintOptions.Name.markdown) {
            streams.standardOutput(markdown())
            return 0
        }
        var lines = ["规则 id\t级别\t适用模板\t说明"]
        for rule in RuleRegistry.all {
            let d = rule.description
            let profiles = d.profiles.isEmpty ? "全部" : d.profiles.joined(separator: ",")
            lines.append("\(d.id)\t\(d.defaultSeverity.rawValue)\t\(profiles)\t\(d.summary)")
        }
        streams.standardOutput(lines.joined(separator: "\n") + "\n")
        return 0
    }

    /// The rule catalogue as Markdown (`docs/rules.md` is this output; a test keeps it current).
    static func markdown() -> String {
        var out = "# qrlint 规则目录\n\n"
        out += "由 `qrlint rules --markdown` 生成，请勿手改。示例中 ⟦ ⟧ 标出报告的位置，⟪ ⟫ 标出相关位置。\n\n"
        out += "| 规则 | 默认级别 | 适用模板 | 说明 |\n|---|---|---|---|\n"
        for rule in RuleRegistry.all {
            let d = rule.description
            let profiles = d.profiles.isEmpty ? "全部" : d.profiles.joined(separator: ", ")
            out +=
                "| [`\(d.id)`](#\(d.id.replacingOccurrences(of: ".", with: ""))) | \(d.defaultSeverity.rawValue) | \(profiles) | \(d.summary) |\n"
        }
        for rule in RuleRegistry.all {
            let d = rule.description
            out += "\n## \(d.id)\n\n默认级别：`\(d.defaultSeverity.rawValue)`。\(d.summary)。\n\n\(d.rationale)\n"
            for (title, examples) in [("会报告", d.triggering), ("不会报告", d.nonTriggering)] {
                out += "\n\(title)：\n"
                for example in examples {
                    let template = example.template.map { "（模板 `\($0)`）" } ?? ""
                    out += "\n\(template)\n```markdown\n\(example.text)\n```\n"
                }
            }
        }
        return out
    }

    static func explain(_ args: ParsedArguments, streams: QRLintCommand.Streams) throws(QRLintError) -> Int32 {
        guard let id = args.positionals.first else {
            throw QRLintError(.usage, "用法：qrlint explain RULE（qrlint rules 列出全部规则）")
        }
        guard let rule = RuleRegistry.rule(id) else {
            throw QRLintError(.usage, "未知的规则“\(id)”（qrlint rules 列出全部规则）")
        }
        let d = rule.description
        var text = "\(d.id)（默认级别：\(d.defaultSeverity.rawValue)）\n\(d.summary)\n\n\(d.rationale)\n"
        text += "\n适用模板：\(d.profiles.isEmpty ? "全部" : d.profiles.joined(separator: "、"))\n"
        if !d.options.isEmpty {
            text += "\n配置选项（.qrlint.json 中 \"rules\": { \"\(d.id)\": { \"options\": { … } } }）：\n"
            for option in d.options { text += "    \(option.name)：\(option.summary)\n" }
        }
        text += "\n会报告的写法（⟦ ⟧ 标出报告的位置）：\n"
        for example in d.triggering { text += render(example) }
        text += "\n不会报告的写法：\n"
        for example in d.nonTriggering { text += render(example) }
        streams.standardOutput(text)
        return 0
    }

    private static func render(_ example: RuleExample) -> String {
        let template = example.template.map { "（模板 \($0)）\n" } ?? ""
        let body = example.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        return "\n" + template + body.joined(separator: "\n") + "\n"
    }

    static func templates(_ args: ParsedArguments, streams: QRLintCommand.Streams) throws(QRLintError) -> Int32 {
        let linter = try Linter(options: QRLintCommand.lintOptions(args))
        var lines = ["模板 id\t类型\t名称\t章节"]
        for profile in linter.packs.templates {
            let chapters = profile.chapters.map { $0.required ? $0.title : "\($0.title)（可选）" }.joined(separator: "、")
            lines.append("\(profile.id)\t\(profile.reportType)\t\(profile.name)\t\(chapters)")
        }
        streams.standardOutput(lines.joined(separator: "\n") + "\n")
        return 0
    }

    private static func validate(_ args: ParsedArguments, streams: QRLintCommand.Streams) throws(QRLintError) -> Int32 {
        guard args.positionals.count == 2 else {
            throw QRLintError(.usage, "用法：qrlint rules validate DIR")
        }
        let directory = args.positionals[1]
        let packs = try RulePacks.builtIn().adding(directory: directory)
        let failures = try PackExamples.failures(in: packs)
        guard failures.isEmpty else {
            streams.standardOutput(failures.map { "\(directory)：\($0)\n" }.joined())
            streams.standardError("qrlint: \(failures.count) 个示例与规则包的行为不符\n")
            return 1
        }
        streams.standardOutput(
            "\(directory)：规则包有效，所有示例通过（模板：\(packs.templates.map(\.id).joined(separator: "、"))）\n")
        return 0
    }
}
