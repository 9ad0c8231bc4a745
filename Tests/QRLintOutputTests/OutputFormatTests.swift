import QRLintOutput
import Testing

@Suite struct OutputFormatTests {
    @Test func formatsAreNamedForTheCommandLine() {
        #expect(
            OutputFormat.allCases.map(\.rawValue)
                == ["human", "json", "sarif", "github", "checkstyle", "junit", "gitlab", "summary", "csv"])
        #expect(OutputFormat(rawValue: "json") == .json)
        #expect(OutputFormat(rawValue: "xml") == nil)
    }

    @Test func factoryBuildsTheMatchingRenderer() {
        let report = CannedReport.report
        #expect(OutputFormat.human.renderer(color: false).render(report) == HumanRenderer().render(report))
        #expect(OutputFormat.human.renderer(color: true).render(report) == HumanRenderer(color: true).render(report))
        #expect(OutputFormat.json.renderer(color: true).render(report) == JSONRenderer().render(report))
        #expect(
            OutputFormat.sarif.renderer(toolVersion: "1").render(report)
                == SARIFRenderer(toolVersion: "1").render(report))
        #expect(OutputFormat.csv.renderer().render(report) == SummaryRenderer(style: .csv).render(report))
        #expect(OutputFormat.gitlab.renderer(color: true).render(report) == GitLabRenderer().render(report))
    }
}
