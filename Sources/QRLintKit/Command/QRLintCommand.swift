import Foundation
import QRLintCore
import QRLintOutput
import QRLintRules

/// The whole `qrlint` command: arguments in, text out, exit status back. The executable only calls `run`.
public enum QRLintCommand {
    public static let version = "0.1.0"

    /// Where the command writes; a test passes buffers, the executable the real streams.
    public struct Streams: Sendable {
        public var standardOutput: @Sendable (String) -> Void
        /// The report, as UTF-8 bytes: megabytes of JSON need not be checked as a `String` only to be written
        /// out again. Without one, the bytes go to `standardOutput` as text.
        public var standardOutputBytes: @Sendable ([UInt8]) -> Void
        public var standardError: @Sendable (String) -> Void
        public var isTerminal: Bool

        public init(
            standardOutput: @escaping @Sendable (String) -> Void,
            standardOutputBytes: (@Sendable ([UInt8]) -> Void)? = nil,
            standardError: @escaping @Sendable (String) -> Void, isTerminal: Bool
        ) {
            self.standardOutput = standardOutput
            self.standardOutputBytes = standardOutputBytes ?? { standardOutput(String(decoding: $0, as: UTF8.self)) }
            self.standardError = standardError
            self.isTerminal = isTerminal
        }
    }

    public static func run(_ argv: [String], environment: [String: String], streams: Streams) -> Int32 {
        do throws(QRLintError) {
            let args = try QRLintOptions.parse(argv)
            if args.flag(QRLintOptions.Name.help) {
                streams.standardOutput(QRLintOptions.helpText)
                return 0
            }
            if args.flag(QRLintOptions.Name.version) || args.subcommand == QRLintOptions.Subcommand.version {
                streams.standardOutput("qrlint \(version)\n")
                return 0
            }
            switch args.subcommand {
            case QRLintOptions.Subcommand.rules:
                return try RuleCatalog.run(args, streams: streams)
            case QRLintOptions.Subcommand.explain:
                return try RuleCatalog.explain(args, streams: streams)
            case QRLintOptions.Subcommand.templates:
                return try RuleCatalog.templates(args, streams: streams)
            case QRLintOptions.Subcommand.initialize:
                return try writeStarterConfiguration(args, streams: streams)
            default:
                return try lint(args, environment: environment, streams: streams)
            }
        } catch {
            streams.standardError("qrlint: 错误：\(error.message)\n")
            return 2
        }
    }

    static func lintOptions(_ args: ParsedArguments) throws(QRLintError) -> LintOptions {
        var disabled = Set(args.values(QRLintOptions.Name.disable))
        var severities: [String: Severity] = [:]
        for setting in args.values(QRLintOptions.Name.severity) {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw QRLintError(.usage, "--severity 的值应写成 RULE=LEVEL，而不是“\(setting)”")
            }
            if parts[1] == "off" {
                disabled.insert(parts[0])
            } else if let level = Severity(rawValue: parts[1]) {
                severities[parts[0]] = level
            } else {
                throw QRLintError(.usage, "--severity \(setting)：级别应为 error、warning、info 或 off")
            }
        }
        return LintOptions(
            template: args.value(QRLintOptions.Name.template),
            rulePackDirectories: args.values(QRLintOptions.Name.rules),
            disabled: disabled, only: Set(args.values(QRLintOptions.Name.only)), severities: severities)
    }

    private static func lint(_ args: ParsedArguments, environment: [String: String], streams: Streams)
        throws(QRLintError)
        -> Int32
    {
        guard !args.positionals.isEmpty else {
            throw QRLintError(.usage, "没有指定要检查的文件（用法：qrlint [选项] 路径…；qrlint --help 查看帮助）")
        }
        let cli = try lintOptions(args)
        let explicitConfiguration = try args.value(QRLintOptions.Name.config).map(ConfigurationFile.load)
        let run = LintRun(
            settings: .init(
                template: args.isGiven(QRLintOptions.Name.template) ? cli.template : nil,
                rulePackDirectories: cli.rulePackDirectories, disabled: cli.disabled, only: cli.only,
                severities: cli.severities),
            explicitConfiguration: explicitConfiguration, jobs: try jobs(args))
        let extraReports = try args.values(QRLintOptions.Name.report).map(reportTarget)
        if args.flag(QRLintOptions.Name.dump) || args.flag(QRLintOptions.Name.dumpOutline) {
            let linter = try Linter(options: run.options(for: explicitConfiguration))
            let files = try InputFiles.expand(args.positionals)
            return try dump(
                files, linter: linter, outlineOnly: args.flag(QRLintOptions.Name.dumpOutline), streams: streams)
        }
        if args.flag(QRLintOptions.Name.fix) {
            let inputs = try run.inputs(args.positionals)
            let linters = try run.linters(for: inputs)
            let pairs = zip(inputs, linters).map { (path: $0.path, linter: $1) }
            return try FixCommand.run(pairs, dryRun: args.flag(QRLintOptions.Name.dryRun), streams: streams)
        }
        if args.flag(QRLintOptions.Name.dryRun) {
            throw QRLintError(.usage, "--dry-run 要与 --fix 一起使用")
        }
        let outcome = try run.run(args.positionals)
        if outcome.reports.isEmpty && outcome.failures.isEmpty {
            throw QRLintError(.input, "在 \(args.positionals.joined(separator: " ")) 中没有找到要检查的文件")
        }
        for error in outcome.failures {
            streams.standardError("qrlint: 错误：\(error.message)\n")
        }
        if args.flag(QRLintOptions.Name.verbose) {
            for report in outcome.reports {
                let reason = report.profileReason.map { "（\($0)）" } ?? ""
                streams.standardError("qrlint: \(report.path)：模板 \(report.profile ?? "（不是年报）")\(reason)\n")
            }
        }
        var reports = outcome.reports
        if let path = args.value(QRLintOptions.Name.writeBaseline) {
            try OutputFile.write(Baseline(reports: reports).encoded(), to: path)
        }
        if let path = args.value(QRLintOptions.Name.baseline) {
            let baseline = try Baseline.load(path)
            if args.flag(QRLintOptions.Name.prune) {
                try OutputFile.write(baseline.pruned(by: reports).encoded(), to: path)
            }
            reports = reports.map { report in
                var report = report
                report.diagnostics = baseline.newFindings(in: report)
                return report
            }
        } else if args.flag(QRLintOptions.Name.prune) {
            throw QRLintError(.usage, "--prune 要与 --baseline FILE 一起使用")
        }
        let inputFailed = !outcome.failures.isEmpty
        let report = LintReport(files: reports, rules: outcome.rules)
        let outputPath = args.value(QRLintOptions.Name.output)
        let format = OutputFormat(rawValue: args.value(QRLintOptions.Name.format) ?? "human") ?? .human
        let color = useColor(
            args.value(QRLintOptions.Name.color) ?? "auto", environment: environment,
            isTerminal: streams.isTerminal && outputPath == nil)
        let output = renderer(format, color: color, quiet: args.flag(QRLintOptions.Name.quiet)).renderUTF8(report)
        if let outputPath {
            try OutputFile.write(output, to: outputPath)
        } else if !(reports.isEmpty && format == .human) {
            // When every input failed, the error lines say it all; "检查了 0 个文件：没有发现问题" would mislead.
            streams.standardOutputBytes(output)
        }
        for (extraFormat, path) in extraReports {
            try OutputFile.write(renderer(extraFormat, color: false, quiet: false).renderUTF8(report), to: path)
        }
        ExitRetainer.shared.keepIfEnabled((outcome, report, output))
        if inputFailed { return 2 }
        let strict = args.flag(QRLintOptions.Name.strict)
        let failing = report.count(.error) > 0 || (strict && report.count(.warning) > 0)
        return failing ? 1 : 0
    }

    private static func renderer(_ format: OutputFormat, color: Bool, quiet: Bool) -> any Renderer {
        format == .human ? HumanRenderer(color: color, showSummary: !quiet) : format.renderer(toolVersion: version)
    }

    private static func jobs(_ args: ParsedArguments) throws(QRLintError) -> Int? {
        guard let value = args.value(QRLintOptions.Name.jobs) else { return nil }
        guard let jobs = Int(value), jobs >= 1 else {
            throw QRLintError(.usage, "--jobs 的值应为正整数，而不是“\(value)”")
        }
        return jobs
    }

    /// `sarif:out.sarif` → (.sarif, "out.sarif").
    static func reportTarget(_ value: String) throws(QRLintError) -> (OutputFormat, String) {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: "、")
        guard parts.count == 2, !parts[1].isEmpty else {
            throw QRLintError(.usage, "--report 的值应写成 FORMAT:FILE（如 sarif:qrlint.sarif），而不是“\(value)”")
        }
        guard let format = OutputFormat(rawValue: parts[0]) else {
            throw QRLintError(.usage, "--report \(value)：未知的格式“\(parts[0])”（可选 \(formats)）")
        }
        return (format, parts[1])
    }

    /// `qrlint init`: a commented `.qrlint.json` in the current folder (never over an existing one).
    private static func writeStarterConfiguration(_ args: ParsedArguments, streams: Streams) throws(QRLintError)
        -> Int32
    {
        let path = args.positionals.first ?? Configuration.fileName
        guard !FileManager.default.fileExists(atPath: path) else {
            throw QRLintError(.usage, "\(path) 已存在，没有覆盖")
        }
        try OutputFile.write(StarterConfiguration.text, to: path)
        streams.standardOutput("已写入 \(path)\n")
        return 0
    }

    public static func useColor(_ when: String, environment: [String: String], isTerminal: Bool) -> Bool {
        switch when {
        case "always": return true
        case "never": return false
        default:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }

    private static func dump(_ files: [String], linter: Linter, outlineOnly: Bool, streams: Streams) throws(QRLintError)
        -> Int32
    {
        for path in files {
            let context = try linter.analyse(bytes: InputFiles.read(path), path: path)
            var text = "== \(path)\n"
            text += "模板：\(context.profile?.id ?? "（不是年报）")（\(context.choice.reason)）\n"
            if outlineOnly {
                text += OutlineDump.render(context) + "\n"
            } else {
                text += context.document.dump() + "\n"
            }
            streams.standardOutput(text)
        }
        return 0
    }
}
