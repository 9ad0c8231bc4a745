import QRLintCore
import QRLintOutput

/// The qrlint command line: one table that drives both parsing and `--help`.
/// Adding an option here is enough for it to parse and to appear in help (a test checks the latter).
public enum QRLintOptions {
    /// Long option names, so the executable reads `args.value(QRLintOptions.Name.format)` instead of a string
    /// that could be mistyped without the compiler noticing.
    public enum Name {
        public static let format = "format"
        public static let output = "output"
        public static let report = "report"
        public static let config = "config"
        public static let baseline = "baseline"
        public static let writeBaseline = "write-baseline"
        public static let prune = "prune"
        public static let markdown = "markdown"
        public static let jobs = "jobs"
        public static let template = "template"
        public static let rules = "rules"
        public static let disable = "disable"
        public static let only = "only"
        public static let severity = "severity"
        public static let strict = "strict"
        public static let fix = "fix"
        public static let dryRun = "dry-run"
        public static let quiet = "quiet"
        public static let color = "color"
        public static let dump = "dump"
        public static let dumpOutline = "dump-outline"
        public static let verbose = "verbose"
        public static let version = "version"
        public static let help = "help"
    }

    /// Subcommand words.
    public enum Subcommand {
        public static let rules = "rules"
        public static let explain = "explain"
        public static let templates = "templates"
        public static let initialize = "init"
        public static let version = "version"
    }

    public static let options: [OptionSpec] = [
        OptionSpec(
            Name.format, short: "f", valueName: "FORMAT", allowed: OutputFormat.allCases.map(\.rawValue),
            defaultValue: "human", help: "输出格式"),
        OptionSpec(
            Name.report, valueName: "FORMAT:FILE", repeatable: true,
            help: "另写一份指定格式的结果（如 sarif:qrlint.sarif）"),
        OptionSpec(Name.output, short: "o", valueName: "FILE", help: "把结果写入文件 FILE（默认写到标准输出）"),
        OptionSpec(
            Name.template, valueName: "ID", defaultValue: "auto",
            help: "按指定模板检查；auto 按标题和目录识别"),
        OptionSpec(Name.rules, valueName: "DIR", repeatable: true, help: "从目录 DIR 加载附加规则包"),
        OptionSpec(Name.disable, valueName: "RULE", repeatable: true, help: "关闭规则 RULE"),
        OptionSpec(Name.only, valueName: "RULE", repeatable: true, help: "只运行规则 RULE"),
        OptionSpec(
            Name.severity, valueName: "RULE=LEVEL", repeatable: true,
            help: "改规则级别：error、warning、info 或 off"),
        OptionSpec(Name.config, valueName: "FILE", help: "使用配置文件 FILE（默认从文件所在目录向上查找 .qrlint.json）"),
        OptionSpec(Name.baseline, valueName: "FILE", help: "只报告基线文件 FILE 中没有的问题"),
        OptionSpec(Name.writeBaseline, valueName: "FILE", help: "把本次发现的问题写成基线文件 FILE"),
        OptionSpec(Name.prune, help: "与 --baseline 同用：从基线中删去已不再出现的问题"),
        OptionSpec(Name.strict, help: "警告也算失败（退出码 1）"),
        OptionSpec(Name.fix, help: "自动修复可安全修复的问题（只改 .md、.markdown、.txt 文件）"),
        OptionSpec(Name.dryRun, help: "与 --fix 同用：只显示将做的修改（diff），不改文件"),
        OptionSpec(Name.jobs, short: "j", valueName: "N", help: "同时检查的文件数（默认为 CPU 核数）"),
        OptionSpec(Name.quiet, short: "q", help: "只输出发现的问题，不输出摘要"),
        OptionSpec(
            Name.color, valueName: "WHEN", allowed: ["auto", "always", "never"], defaultValue: "auto",
            help: "何时着色"),
        OptionSpec(Name.markdown, help: "与 rules 同用：输出 Markdown 格式的规则目录"),
        OptionSpec(Name.dump, help: "打印文档模型而不检查（调试读取器用）"),
        OptionSpec(Name.dumpOutline, help: "打印识别出的章节大纲而不检查"),
        OptionSpec(Name.verbose, help: "输出过程信息（读了哪些文件、用了哪个模板）"),
        OptionSpec(Name.version, help: "显示版本号"),
        OptionSpec(Name.help, short: "h", help: "显示本帮助"),
    ]

    public static let subcommands: [SubcommandSpec] = [
        SubcommandSpec(Subcommand.rules, usage: "rules", help: "列出全部规则"),
        SubcommandSpec(Subcommand.rules, usage: "rules validate DIR", help: "检查目录 DIR 中的规则包"),
        SubcommandSpec(Subcommand.explain, usage: "explain RULE", help: "解释一条规则"),
        SubcommandSpec(Subcommand.templates, usage: "templates", help: "列出模板"),
        SubcommandSpec(Subcommand.initialize, usage: "init", help: "在当前目录写一个带说明的 .qrlint.json"),
        SubcommandSpec(Subcommand.version, usage: "version", help: "显示版本号"),
    ]

    public static let command = CommandSpec(
        programName: "qrlint",
        usages: ["[选项] 路径…", "<子命令> [参数]"],
        description: [
            "检查职业教育质量年度报告草稿（Word .docx、PDF、Markdown 或纯文本），",
            "像编译器一样指出缺少的部分、编号问题和空章节。路径可以是文件、目录",
            "（检查其中的 .docx、.md、.markdown、.txt、.pdf），或 -（从标准输入读取）。",
        ],
        options: options,
        subcommands: subcommands,
        exitCodes: [
            ExitCodeSpec(0, "没有错误"),
            ExitCodeSpec(1, "发现错误（或 --strict 时发现警告）"),
            ExitCodeSpec(2, "用法、配置或输入错误"),
        ],
        examples: [
            UsageExample("qrlint Examples/clean/xinghe-2025.md", explanation: "检查一份报告"),
            UsageExample("qrlint --format json Examples/ > out.json", explanation: "检查整个目录，结果存为 JSON"),
            UsageExample("cat draft.txt | qrlint -", explanation: "从标准输入读取草稿"),
            UsageExample("qrlint explain structure.missing-part", explanation: "查看一条规则的说明和示例"),
        ]
    )

    /// Parses qrlint's command line (without the program name).
    public static func parse(_ argv: [String]) throws(QRLintError) -> ParsedArguments {
        try ArgumentParser.parse(argv, command: command)
    }

    /// The text `qrlint --help` prints.
    public static var helpText: String {
        ArgumentParser.helpText(for: command)
    }
}
