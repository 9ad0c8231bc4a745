import QRLintCore

/// Compiler-style output for people: each finding with its source line and an underline, related notes,
/// the fix as `help:`, and a one-line summary. See `HumanDiagnosticLayout` for one finding's layout.
///
/// Files without findings print nothing but are counted in the summary. A rule firing more than 20 times in
/// one file is folded after its first 10 findings (`DiagnosticFolding`).
public struct HumanRenderer: Renderer {
    /// ANSI colours; the caller decides (terminal, `NO_COLOR`, `--color`).
    public var color: Bool
    public var showSummary: Bool

    public init(color: Bool = false, showSummary: Bool = true) {
        self.color = color
        self.showSummary = showSummary
    }

    public func render(_ report: LintReport) -> String {
        let text = styled(report)
        return color ? ANSIColorDecorator().render(text) : text.plain
    }

    /// Blocks (a finding, a folded run, the summary) separated by one empty line; ends with a line break.
    func styled(_ report: LintReport) -> StyledText {
        var blocks: [StyledText] = []
        for file in report.files {
            for item in DiagnosticFolding.items(file.diagnostics) {
                switch item {
                case .diagnostic(let diagnostic):
                    blocks.append(
                        HumanDiagnosticLayout(path: file.path, source: file.source, diagnostic: diagnostic).styled())
                case .folded(let ruleID, let hidden):
                    var line = StyledText()
                    line.append("…… 另有 \(hidden) 处 ")
                    line.append("[\(ruleID)]", .ruleID)
                    blocks.append(line)
                }
            }
        }
        if showSummary {
            var line = StyledText()
            line.append(Self.summary(report))
            blocks.append(line)
        }
        var text = StyledText()
        for (index, block) in blocks.enumerated() {
            if index > 0 { text.append("\n\n") }
            text.append(block)
        }
        if !blocks.isEmpty { text.append("\n") }
        return text
    }

    /// `检查了 3 个文件：2 个错误，1 个警告，0 条提示`, or `检查了 1 个文件：没有发现问题`.
    static func summary(_ report: LintReport) -> String {
        let files = "检查了 \(report.files.count) 个文件："
        let errors = report.count(.error)
        let warnings = report.count(.warning)
        let infos = report.count(.info)
        if errors + warnings + infos == 0 {
            return files + "没有发现问题"
        }
        return files + "\(errors) 个错误，\(warnings) 个警告，\(infos) 条提示"
    }
}
