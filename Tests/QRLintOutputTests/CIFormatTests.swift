import Foundation
import QRLintCore
import Testing

@testable import QRLintOutput

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The CI formats rendered from the canned report (CJK, emoji, multi-line range, `.docx`, notes, a fix,
/// a file without findings) and compared with golden files; plus the structure each consumer needs.
@Suite struct CIFormatTests {
    static var report: LintReport {
        var report = CannedReport.report
        report.rules = [
            RuleDescription(
                id: "structure.missing-part", defaultSeverity: .error, summary: "缺少必备部分", rationale: "说明。",
                triggering: [], nonTriggering: []),
            RuleDescription(
                id: "text.placeholder", defaultSeverity: .error, summary: "模板占位符", rationale: "说明。", triggering: [],
                nonTriggering: []),
        ]
        return report
    }

    @Test(arguments: [
        (OutputFormat.sarif, "report.sarif"), (.github, "github.txt"), (.checkstyle, "checkstyle.xml"),
        (.junit, "junit.xml"), (.gitlab, "gitlab.json"), (.summary, "summary.txt"), (.csv, "summary.csv"),
    ])
    func matchesGolden(format: OutputFormat, golden: String) throws {
        let renderer = format.renderer(toolVersion: "0.0.0-test")
        let actual = renderer.render(Self.report)
        // Foundation drops a byte-order mark when it reads the golden file; the CSV's own test checks it.
        try expectGolden(String(actual.unicodeScalars.drop { $0 == "\u{FEFF}" }), named: golden)
        #expect(actual == renderer.render(Self.report), "deterministic")
    }

    @Test func sarifHasWhatGitHubNeeds() throws {
        let text = SARIFRenderer(toolVersion: "1").render(Self.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["structure.missing-part", "text.placeholder"])
        #expect(rules.allSatisfy { ($0["shortDescription"] as? [String: Any])?["text"] != nil })
        let results = try #require(run["results"] as? [[String: Any]])
        let total = Self.report.files.reduce(0) { $0 + $1.diagnostics.count }
        #expect(results.count == total)
        for result in results {
            #expect(result["ruleId"] is String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let location = try #require(
                (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.contains(" ") && uri.unicodeScalars.allSatisfy { $0.isASCII })
            #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false)
        }
    }

    @Test func sarifIsValidWithZeroResults() throws {
        let empty = LintReport(files: [], rules: [])
        let text = SARIFRenderer(toolVersion: "1").render(empty)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func fingerprintsAreUniqueAndIgnoreLineNumbers() throws {
        let text = GitLabRenderer().render(Self.report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let prints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(prints.count == issues.count)
        #expect(Set(prints).count == prints.count)

        let source = SourceText(path: "a.md", text: "甲\n乙占位")
        let moved = SourceText(path: "a.md", text: "新增一行\n甲\n乙占位")
        func finding(_ source: SourceText) -> FileReport {
            let start = source.scalars.count - 2
            let d = Diagnostic(
                ruleID: "text.placeholder", severity: .error, message: "m", span: Span(start: start, end: start + 2))
            return FileReport(path: "a.md", profile: nil, source: source, diagnostics: [d])
        }
        let a = GitLabRenderer().render(LintReport(files: [finding(source)], rules: []))
        let b = GitLabRenderer().render(LintReport(files: [finding(moved)], rules: []))
        let printA =
            (try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [[String: Any]])?.first?["fingerprint"] as? String
        let printB =
            (try JSONSerialization.jsonObject(with: Data(b.utf8)) as? [[String: Any]])?.first?["fingerprint"] as? String
        #expect(printA != nil && printA == printB)
    }

    @Test func githubEscapesPropertiesAndData() {
        #expect(GitHubRenderer.escapeData("50%\r\n下一行") == "50%25%0D%0A下一行")
        #expect(GitHubRenderer.escapeProperty("a:b,c") == "a%3Ab%2Cc")
        let text = GitHubRenderer().render(Self.report)
        #expect(text.contains("::error file="))
        #expect(text.hasSuffix("条提示\n"))
    }

    @Test func csvQuotesFieldsAndStartsWithBOM() {
        #expect(SummaryRenderer.csvField("a,b") == "\"a,b\"")
        #expect(SummaryRenderer.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SummaryRenderer(style: .csv).render(Self.report).hasPrefix("\u{FEFF}文件,模板"))
    }

    @Test func xmlFormatsAreWellFormed() throws {
        for format in [OutputFormat.checkstyle, .junit] {
            let text = format.renderer().render(Self.report)
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(format) 不是合法的 XML")
        }
    }
}
