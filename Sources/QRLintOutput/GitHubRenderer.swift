import QRLintCore

/// GitHub Actions workflow commands, one annotation per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. GitHub shows only the first
/// annotations of a step, so the human summary line follows them.
public struct GitHubRenderer: Renderer {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var lines: [String] = []
        for file in report.files {
            for diagnostic in file.diagnostics {
                let start = file.source.position(of: diagnostic.span.start)
                let end = file.source.position(of: diagnostic.span.end)
                let command =
                    switch diagnostic.severity {
                    case .error: "error"
                    case .warning: "warning"
                    case .info: "notice"
                    }
                var properties = [
                    "file=\(Self.escapeProperty(file.path))", "line=\(start.line)", "col=\(start.column)",
                    "endLine=\(end.line)",
                ]
                // GitHub takes endColumn only on single-line annotations; ours is exclusive, theirs inclusive.
                if end.line == start.line { properties.append("endColumn=\(max(start.column, end.column - 1))") }
                properties.append("title=\(Self.escapeProperty("qrlint \(diagnostic.ruleID)"))")
                var message = diagnostic.message
                if !diagnostic.sectionPath.isEmpty { message += "（位置：\(diagnostic.sectionLabel)）" }
                if let fix = diagnostic.fix {
                    message += "\n建议：" + HumanDiagnosticLayout.action(of: fix)
                }
                lines.append("::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))")
            }
        }
        lines.append(HumanRenderer.summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Message text: `%`, CR and LF escaped.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values: also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
