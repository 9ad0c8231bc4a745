import QRLintOutput

extension ArgumentParser {
    /// The `--help` text, built from the same tables `parse` reads. Sections: usage, description, options,
    /// subcommands, exit codes, examples. Ends with a newline.
    public static func helpText(for command: CommandSpec) -> String {
        var lines: [String] = []
        let usagePrefix = "用法："
        for (index, usage) in command.usages.enumerated() {
            let lead = index == 0 ? usagePrefix : String(repeating: " ", count: DisplayWidth.of(usagePrefix))
            lines.append(lead + command.programName + " " + usage)
        }
        if !command.description.isEmpty {
            lines.append("")
            lines.append(contentsOf: command.description)
        }

        let optionRows = command.options.map { (optionColumn($0), optionHelp($0)) }
        let subcommandRows = command.subcommands.map { ($0.usage, $0.help) }
        // One width for both tables so their help columns line up with each other.
        let leftWidth = (optionRows + subcommandRows).map { DisplayWidth.of($0.0) }.max() ?? 0
        appendTable("选项：", optionRows, leftWidth: leftWidth, to: &lines)
        appendTable("子命令：", subcommandRows, leftWidth: leftWidth, to: &lines)

        let exitRows = command.exitCodes.map { (String($0.code), $0.meaning) }
        appendTable("退出码：", exitRows, leftWidth: exitRows.map { DisplayWidth.of($0.0) }.max() ?? 0, to: &lines)

        if !command.examples.isEmpty {
            lines.append("")
            lines.append("示例：")
            for example in command.examples {
                lines.append("  # " + example.explanation)
                lines.append("  " + example.command)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `-f, --format FORMAT`, or `    --strict` for an option without a short name, so long names align.
    static func optionColumn(_ option: OptionSpec) -> String {
        var column = option.short.map { "-\($0), " } ?? "    "
        column += "--" + option.name
        if let valueName = option.valueName {
            column += " " + valueName
        }
        return column
    }

    /// The option's help with what the table already knows appended, so help never disagrees with parsing.
    static func optionHelp(_ option: OptionSpec) -> String {
        var notes: [String] = []
        if let allowed = option.allowed {
            notes.append("可选 " + allowed.joined(separator: "、"))
        }
        if let defaultValue = option.defaultValue {
            notes.append("默认 " + defaultValue)
        }
        if option.repeatable {
            notes.append("可重复")
        }
        return notes.isEmpty ? option.help : option.help + "（" + notes.joined(separator: "；") + "）"
    }

    private static func appendTable(
        _ title: String, _ rows: [(String, String)], leftWidth: Int, to lines: inout [String]
    ) {
        guard !rows.isEmpty else { return }
        lines.append("")
        lines.append(title)
        let indent = 2 + leftWidth + 2
        for (left, help) in rows {
            let pieces = wrapped(help, width: max(20, 80 - indent))
            lines.append("  " + padded(left, to: leftWidth) + "  " + pieces[0])
            for piece in pieces.dropFirst() {
                lines.append(String(repeating: " ", count: indent) + piece)
            }
        }
    }

    /// Help text cut into lines of at most `width` cells, preferably after a Chinese list or clause mark.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var currentWidth = 0
        var lastBreak: String.UnicodeScalarView.Index?
        for scalar in text.unicodeScalars {
            let cells = DisplayWidth.of(scalar)
            if currentWidth + cells > width {
                if let cut = lastBreak {
                    lines.append(String(current[..<cut]))
                    current = String.UnicodeScalarView(current[cut...])
                } else {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                }
                currentWidth = DisplayWidth.of(String(current))
                lastBreak = nil
            }
            current.append(scalar)
            currentWidth += cells
            if scalar == "、" || scalar == "；" || scalar == "，" {
                lastBreak = current.endIndex
            }
        }
        lines.append(String(current))
        return lines
    }

    /// `text` followed by spaces up to `width` terminal cells; CJK takes two cells, so counting characters
    /// would misalign the help column.
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
