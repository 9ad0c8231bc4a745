import Foundation
import QRLintCore
import QRLintOutput
import Testing

/// A PDF is located by page and line within the page in human output (`report.pdf:p2:1:3`); JSON keeps
/// the lines of the whole extracted text and adds `"page"`, SARIF puts the page in the region's properties.
@Suite struct PDFLocationTests {
    /// Three lines on page 1, a blank page 2, two lines on page 3.
    static let quoted = QuotedSource(
        path: "report.pdf", text: "封面\n目录\n前言\n1 学校概况\n共有教职工 200 人，其中 210 人",
        lineKind: .page(PageMap(firstLines: [1, 4, 4])))

    static var report: LintReport {
        let diagnostic = Diagnostic(
            ruleID: "numbers.bound", severity: .error, message: "分项大于总数", span: quoted.span("210 人"),
            notes: [Note(message: "总数在此", span: quoted.span("前言"))], sectionPath: ["1 学校概况"])
        return LintReport(
            files: [FileReport(path: "report.pdf", profile: nil, source: quoted.source, diagnostics: [diagnostic])],
            rules: [])
    }

    @Test func humanOutputNamesPageAndLineWithinIt() {
        let lines = HumanRenderer(showSummary: false).render(Self.report).split(separator: "\n").map(String.init)
        #expect(lines[0] == "report.pdf:p3:2:16: error: 分项大于总数 [numbers.bound]")
        #expect(lines[1] == " p3:2 | 共有教职工 200 人，其中 210 人")
        #expect(lines[3] == "      = 位置：1 学校概况")
        #expect(lines[4] == "report.pdf:p1:3:1: note: 总数在此")
        #expect(lines[5] == " p1:3 | 前言")
    }

    @Test func jsonKeepsWholeTextLinesAndAddsPages() throws {
        let entry = try #require(JSONRenderer.output(Self.report).files.first?.diagnostics.first)
        #expect((entry.line, entry.column, entry.page) == (5, 16, 3))
        #expect(entry.paragraph == nil)
        let note = try #require(entry.notes.first)
        #expect((note.line, note.page) == (3, 1))
        let text = JSONRenderer.output(JSONRendererTests.oneFinding("一\n二", span: { $0.span("二") }))
        #expect(text.files.first?.diagnostics.first?.page == nil)
        let root = try JSONRendererTests.object(JSONRenderer().render(Self.report))
        let diagnostic = ((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first
        #expect(diagnostic?["page"] as? Int == 3)
        #expect(diagnostic?.keys.contains("paragraph") == false)
    }

    @Test func sarifRegionsCarryThePage() throws {
        let text = SARIFRenderer(toolVersion: "1").render(Self.report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let result = try #require(
            ((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let region = try #require((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5)
        #expect((region["properties"] as? [String: Any])?["page"] as? Int == 3)
        #expect(!SARIFRenderer(toolVersion: "1").render(CannedReport.report).contains("\"page\""))
    }
}
