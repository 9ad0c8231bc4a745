import Foundation
import QRLintCore
import QRLintOutput
import Testing

/// Renders `CannedReport` and compares it with the checked-in files in `Golden/`. On a mismatch the actual
/// output is printed (and saved under the temporary directory) so it can be reviewed and copied over the
/// golden file by hand; the test never writes into the source tree.
@Suite struct GoldenTests {
    @Test func humanOutputMatchesGolden() throws {
        let actual = HumanRenderer(color: false).render(CannedReport.report)
        try expectGolden(actual, named: "human.txt")
    }

    @Test func jsonOutputMatchesGolden() throws {
        let actual = JSONRenderer().render(CannedReport.report)
        try expectGolden(actual, named: "report.json")
    }

    @Test func renderingIsDeterministic() {
        let report = CannedReport.report
        #expect(HumanRenderer().render(report) == HumanRenderer().render(report))
        #expect(JSONRenderer().render(report) == JSONRenderer().render(report))
    }
}

private func goldenURL(_ name: String, filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
}

func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let url = goldenURL(name)
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    guard actual != expected else { return }
    let saved = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-golden-\(name)")
    try? actual.write(to: saved, atomically: true, encoding: .utf8)
    print(
        """
        ===== actual \(name) (also saved to \(saved.path)) =====
        \(actual)
        ===== end of \(name) =====
        """)
    Issue.record(
        "\(name) differs from the golden file at \(firstDifference(actual, expected)); review the printed output",
        sourceLocation: sourceLocation)
}

/// `line N` of the first differing line, to point the reviewer at it.
private func firstDifference(_ actual: String, _ expected: String) -> String {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
        let a = index < actualLines.count ? String(actualLines[index]) : "<end>"
        let e = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        if a != e { return "line \(index + 1): expected “\(e)”, got “\(a)”" }
    }
    return "the end"
}
