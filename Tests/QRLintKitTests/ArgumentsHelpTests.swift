import QRLintCore
import QRLintKit
import QRLintOutput
import Testing

/// The help text is built from the option table, so it cannot forget an option; its layout is checked too.
@Suite("Arguments: help text")
struct ArgumentsHelpTests {
    private let help = QRLintOptions.helpText
    private var lines: [String] { help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    /// Table rows with their wrapped continuation lines (indented past the left column) joined back on.
    private var rows: [String] {
        var joined: [String] = []
        for line in lines {
            let indent = line.prefix { $0 == " " }.count
            if indent > 8, let last = joined.last, last.hasPrefix("  ") {
                joined[joined.count - 1] = last + line.dropFirst(indent)
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    @Test(arguments: QRLintOptions.options)
    func mentionsEveryOption(_ option: OptionSpec) {
        let row = rows.first { $0.contains("--\(option.name) ") || $0.hasSuffix("--\(option.name)") }
        #expect(row != nil, "--help 没有提到 --\(option.name)")
        guard let row else { return }
        #expect(row.contains(option.help))
        if let short = option.short { #expect(row.contains("-\(short), --\(option.name)")) }
        if let valueName = option.valueName { #expect(row.contains("--\(option.name) \(valueName)")) }
        for value in option.allowed ?? [] { #expect(row.contains(value)) }
        if let defaultValue = option.defaultValue { #expect(row.contains("默认 \(defaultValue)")) }
        #expect(row.contains("可重复") == option.repeatable)
    }

    @Test(arguments: QRLintOptions.subcommands)
    func mentionsEverySubcommand(_ subcommand: SubcommandSpec) {
        #expect(lines.contains { $0.hasPrefix("  \(subcommand.usage) ") && $0.hasSuffix(subcommand.help) })
    }

    @Test func theTablesAreWellFormed() {
        let names = QRLintOptions.options.map(\.name)
        #expect(Set(names).count == names.count, "长选项名重复")
        let shorts = QRLintOptions.options.compactMap(\.short)
        #expect(Set(shorts).count == shorts.count, "短选项名重复")
        for option in QRLintOptions.options {
            #expect(!option.name.hasPrefix("-") && !option.name.contains("="), "选项名 \(option.name)")
            #expect(option.allowed == nil || option.valueName != nil, "开关 --\(option.name) 不能有可选值")
            if let defaultValue = option.defaultValue, let allowed = option.allowed {
                #expect(allowed.contains(defaultValue), "--\(option.name) 的默认值不在可选值中")
            }
        }
        for subcommand in QRLintOptions.subcommands {
            #expect(subcommand.usage == subcommand.name || subcommand.usage.hasPrefix(subcommand.name + " "))
        }
    }

    @Test func sectionsAppearInOrder() throws {
        let headings = ["用法：qrlint [选项] 路径…", "选项：", "子命令：", "退出码：", "示例："]
        let positions = try headings.map { heading in
            try #require(lines.firstIndex(of: heading), "缺少 \(heading)")
        }
        #expect(positions == positions.sorted())
        #expect(lines[1] == "      qrlint <子命令> [参数]")
        #expect(help.hasSuffix("\n") && !help.hasSuffix("\n\n"))
    }

    @Test func exitCodesAndExamples() {
        #expect(lines.contains("  0  没有错误"))
        #expect(lines.contains("  1  发现错误（或 --strict 时发现警告）"))
        #expect(lines.contains("  2  用法、配置或输入错误"))
        for example in QRLintOptions.command.examples {
            #expect(lines.contains("  " + example.command))
            #expect(lines.contains("  # " + example.explanation))
        }
        #expect(lines.contains("  qrlint Examples/clean/xinghe-2025.md"))
        #expect(lines.contains("  cat draft.txt | qrlint -"))
    }

    @Test func helpColumnsLineUpByDisplayWidth() throws {
        let start = try #require(self.rows.firstIndex(of: "选项："))
        let end = try #require(self.rows.firstIndex(of: "退出码："))
        let rows = self.rows[(start + 1)..<end].filter { !$0.isEmpty && $0 != "子命令：" }
        let helps = QRLintOptions.options.map(\.help) + QRLintOptions.subcommands.map(\.help)
        try #require(rows.count == helps.count)
        // Measure in terminal cells where each row's help begins; counting characters would hide CJK misalignment.
        let helpColumns = Set(
            try zip(rows, helps).map { row, help -> Int in
                let helpStart = try #require(row.range(of: help), "\(row) 不含 \(help)").lowerBound
                return DisplayWidth.of(String(row[..<helpStart]))
            })
        #expect(helpColumns.count == 1, "帮助列没有对齐：\(helpColumns.sorted())")
    }

    @Test func linesFitAnEightyCellTerminal() {
        for line in lines {
            #expect(DisplayWidth.of(line) <= 80, "超过 80 列：\(line)")
        }
    }

    @Test func cjkInTheLeftColumnIsPaddedByCells() {
        let command = CommandSpec(
            programName: "demo", usages: ["[选项]"], description: [],
            options: [
                OptionSpec("a", valueName: "文件", help: "甲"),
                OptionSpec("bbbbbb", valueName: "X", help: "乙"),
            ])
        let text = ArgumentParser.helpText(for: command)
        #expect(
            text == """
                用法：demo [选项]

                选项：
                      --a 文件    甲
                      --bbbbbb X  乙

                """)
    }
}
