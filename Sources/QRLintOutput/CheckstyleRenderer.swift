import QRLintCore

/// Checkstyle XML, read by Jenkins' Warnings plugin, reviewdog and many CI dashboards.
public struct CheckstyleRenderer: Renderer {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in report.files {
            out += "  <file name=\"\(XMLText.escape(file.path))\">\n"
            for d in file.diagnostics {
                let start = file.source.position(of: d.span.start)
                out +=
                    "    <error line=\"\(start.line)\" column=\"\(start.column)\" severity=\"\(d.severity.rawValue)\""
                out += " message=\"\(XMLText.escape(d.message))\" source=\"qrlint.\(XMLText.escape(d.ruleID))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
