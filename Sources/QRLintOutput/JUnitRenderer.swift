import QRLintCore

/// JUnit XML for CI test reports: one test suite per file, one test case per rule that ran on it; a case
/// fails when the rule reported an error or a warning there, and lists infos as output.
public struct JUnitRenderer: Renderer {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let ruleIDs = report.rules.map(\.id)
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for file in report.files {
            var byRule: [String: [Diagnostic]] = [:]
            for d in file.diagnostics { byRule[d.ruleID, default: []].append(d) }
            let ids = Set(ruleIDs).union(byRule.keys).sorted()
            var cases = ""
            var failures = 0
            for id in ids {
                let found = byRule[id] ?? []
                let failing = found.filter { $0.severity != .info }
                cases += "    <testcase classname=\"\(XMLText.escape(file.path))\" name=\"\(XMLText.escape(id))\""
                if found.isEmpty {
                    cases += "/>\n"
                    continue
                }
                cases += ">\n"
                let text = found.map { describe($0, file: file) }.joined(separator: "\n")
                if !failing.isEmpty {
                    failures += 1
                    let message = "\(failing.count) 处：\(failing[0].message)"
                    cases +=
                        "      <failure message=\"\(XMLText.escape(message))\" type=\"\(failing[0].severity.rawValue)\">"
                    cases += XMLText.escape(text) + "</failure>\n"
                } else {
                    cases += "      <system-out>\(XMLText.escape(text))</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            totalTests += ids.count
            totalFailures += failures
            suites +=
                "  <testsuite name=\"\(XMLText.escape(file.path))\" tests=\"\(ids.count)\" failures=\"\(failures)\""
            suites += " errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"qrlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        return out + suites + "</testsuites>\n"
    }

    private func describe(_ d: Diagnostic, file: FileReport) -> String {
        let p = file.source.position(of: d.span.start)
        return "\(file.path):\(p.line):\(p.column): \(d.severity.rawValue): \(d.message)"
    }
}
