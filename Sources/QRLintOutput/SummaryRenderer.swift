import QRLintCore

/// One row per file — what a bureau reviewer wants for a folder of 200 reports: path, profile, counts by
/// severity and the rules that fired most. `summary` aligns the columns for a terminal; `csv` is RFC 4180
/// for a spreadsheet.
public struct SummaryRenderer: Renderer {
    public enum Style: Sendable {
        case table
        case csv
    }

    public var style: Style

    public init(style: Style) {
        self.style = style
    }

    static let header = ["文件", "模板", "错误", "警告", "提示", "主要问题"]

    func rows(_ report: LintReport) -> [[String]] {
        report.files.map { file in
            func count(_ s: Severity) -> Int { file.diagnostics.filter { $0.severity == s }.count }
            var byRule: [String: Int] = [:]
            for d in file.diagnostics where d.severity != .info { byRule[d.ruleID, default: 0] += 1 }
            let top = byRule.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3)
                .map { "\($0.key)×\($0.value)" }.joined(separator: " ")
            return [
                file.path, file.profile ?? "（不是年报）", String(count(.error)), String(count(.warning)),
                String(count(.info)), top,
            ]
        }
    }

    public func render(_ report: LintReport) -> String {
        let rows = rows(report)
        switch style {
        case .csv:
            // The byte-order mark makes Excel read the Chinese text as UTF-8.
            return "\u{FEFF}"
                + ([Self.header] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n")
                + "\r\n"
        case .table:
            let all = [Self.header] + rows
            let widths = (0..<Self.header.count).map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
            var lines = all.map { row in
                row.enumerated().map { column, cell in
                    column == row.count - 1
                        ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                }.joined(separator: "  ").trimmingWhitespace()
            }
            lines.append(HumanRenderer.summary(report))
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
