import Foundation
import QRLintCore
import QRLintOutput
import Testing

@Suite struct JSONRendererTests {
    static func decode(_ text: String) throws -> JSONOutput.Report {
        try JSONDecoder().decode(JSONOutput.Report.self, from: Data(text.utf8))
    }

    /// Untyped view, only to check which keys are present; the renderer itself never builds one.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func oneFinding(
        _ text: String, span: (QuotedSource) -> Span, lineKind: SourceText.LineKind = .line,
        fix: Bool = false
    ) -> LintReport {
        let quoted = QuotedSource(path: "dir/a.md", text: text, lineKind: lineKind)
        let range = span(quoted)
        let diagnostic = Diagnostic(
            ruleID: "test.rule", severity: .error, message: "消息", span: range,
            fix: fix ? Fix(span: range, replacement: "替换", isSafe: true, message: "改为“替换”") : nil)
        return LintReport(
            files: [FileReport(path: "dir/a.md", profile: nil, source: quoted.source, diagnostics: [diagnostic])],
            rules: [])
    }

    @Test func outputDecodesToTheSameModel() throws {
        let report = CannedReport.report
        #expect(try Self.decode(JSONRenderer().render(report)) == JSONRenderer.output(report))
    }

    /// The writer reproduces Foundation's layout byte for byte, escapes included.
    @Test func textIsWhatJSONEncoderWouldWrite() throws {
        var report = CannedReport.report
        report.files[2].diagnostics[0].message = "控制\u{1}\u{1F}\u{7F}\u{2028}/\"\\\n\t\r\u{8}\u{C}é😀"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for report in [report, LintReport(files: [], rules: [])] {
            let expected = String(decoding: try encoder.encode(JSONRenderer.output(report)), as: UTF8.self) + "\n"
            #expect(JSONRenderer().render(report) == expected)
        }
    }

    @Test func headerAndTotals() throws {
        let decoded = try Self.decode(JSONRenderer().render(CannedReport.report))
        #expect(decoded.version == 1)
        #expect(decoded.tool == "qrlint")
        let totals = decoded.summary
        #expect((totals.files, totals.errors, totals.warnings, totals.infos) == (3, 3, 28, 2))
        #expect(decoded.files.map(\.summary.warnings) == [0, 2, 26])
        #expect(decoded.files[2].diagnostics.count == 26, "JSON never folds")
    }

    @Test func missingProfileIsExplicitNull() throws {
        let root = try Self.object(JSONRenderer().render(CannedReport.report))
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files[1]["profile"] is NSNull)
        #expect(files[0]["profile"] as? String == "zhongzhi-2025")
    }

    @Test func textStaysUnescapedUTF8() {
        let output = JSONRenderer().render(CannedReport.report)
        #expect(output.contains("2 人才培养 › 2.1 立德树人"))
        #expect(output.contains("\"报告/星河年报.docx\""))
        #expect(!output.contains("\\u"))
        #expect(!output.contains("\\/"))
        #expect(output.hasSuffix("}\n"))
    }

    @Test func columnsCountScalarsAndEndIsExclusive() throws {
        let report = Self.oneFinding("🏫学校e\u{301}目标文字", span: { $0.span("目标") })
        let entry = try #require(JSONRenderer.output(report).files.first?.diagnostics.first)
        #expect((entry.line, entry.column, entry.endLine, entry.endColumn) == (1, 6, 1, 8))
        #expect(entry.snippet == "目标")
        #expect(entry.section == "")
        #expect(entry.sectionPath == [])
    }

    @Test func emptySpanHasEqualColumns() throws {
        let report = Self.oneFinding("甲乙", span: { $0.insertion(after: "甲") }, fix: true)
        let entry = try #require(JSONRenderer.output(report).files.first?.diagnostics.first)
        #expect((entry.column, entry.endColumn) == (2, 2))
        #expect(entry.snippet == "")
        let fix = try #require(entry.fix)
        #expect((fix.replacement, fix.safe, fix.message) == ("替换", true, "改为“替换”"))
        #expect((fix.line, fix.column, fix.endLine, fix.endColumn) == (1, 2, 1, 2))
    }

    @Test func aFixWithSeveralEditsListsEachAndTheirCombinedReplacement() throws {
        let quoted = QuotedSource(path: "a.md", text: "甲,乙\n丙;丁", lineKind: .line)
        let edits = [
            Fix.Edit(span: quoted.span(","), replacement: "，"), Fix.Edit(span: quoted.span(";"), replacement: "；"),
        ]
        let diagnostic = Diagnostic(
            ruleID: "test.rule", severity: .warning, message: "消息", span: quoted.span(","),
            fix: try #require(Fix(edits: edits, isSafe: true, message: "改正 2 处")))
        let report = LintReport(
            files: [FileReport(path: "a.md", profile: nil, source: quoted.source, diagnostics: [diagnostic])], rules: []
        )
        let fix = try #require(JSONRenderer.output(report).files.first?.diagnostics.first?.fix)
        #expect((fix.line, fix.column, fix.endLine, fix.endColumn) == (1, 2, 2, 3))
        #expect(fix.replacement == "，乙\n丙；")
        #expect(fix.edits.map { [$0.line, $0.column, $0.endLine, $0.endColumn] } == [[1, 2, 1, 3], [2, 2, 2, 3]])
        #expect(fix.edits.map(\.replacement) == ["，", "；"])
        let sarif = SARIFRenderer(toolVersion: "1").render(report)
        #expect(sarif.components(separatedBy: "\"deletedRegion\"").count == 3, "one SARIF replacement per edit")
    }

    /// The writer streams a multi-edit fix's replacement and the snippet from the source: escapes in the
    /// source must come out as the model's strings would.
    @Test func streamedSourceTextMatchesTheModel() throws {
        let quoted = QuotedSource(path: "a.md", text: "甲,\"乙\"\t\\\n丙;丁\u{1}", lineKind: .line)
        let edits = [
            Fix.Edit(span: quoted.span(","), replacement: "，"), Fix.Edit(span: quoted.span(";"), replacement: "；"),
        ]
        let diagnostic = Diagnostic(
            ruleID: "test.rule", severity: .warning, message: "消息", span: quoted.span("\"乙\"\t\\\n丙;丁\u{1}"),
            fix: try #require(Fix(edits: edits, isSafe: true, message: "改正 2 处")),
            sectionPath: ["1 学校概况", "1.1 \"基本\"情况"])
        let report = LintReport(
            files: [FileReport(path: "a.md", profile: nil, source: quoted.source, diagnostics: [diagnostic])], rules: []
        )
        let model = JSONRenderer.output(report)
        #expect(model.files.first?.diagnostics.first?.fix?.replacement == "，\"乙\"\t\\\n丙；")
        #expect(try Self.decode(JSONRenderer().render(report)) == model)
        #expect(JSONRenderer().renderUTF8(report) == Array(JSONRenderer().render(report).utf8))
    }

    @Test func rangeEndingWithLineBreakEndsAtNextLine() throws {
        let report = Self.oneFinding("甲乙\n丙", span: { $0.span("乙\n") })
        let entry = try #require(JSONRenderer.output(report).files.first?.diagnostics.first)
        #expect((entry.line, entry.column, entry.endLine, entry.endColumn) == (1, 2, 2, 1))
    }

    @Test func snippetIsCutTo80Scalars() throws {
        let long = String(repeating: "甲", count: 100)
        let report = Self.oneFinding(long, span: { $0.span(long) })
        let entry = try #require(JSONRenderer.output(report).files.first?.diagnostics.first)
        #expect(entry.snippet == String(repeating: "甲", count: 80))
    }

    @Test func paragraphOnlyForDocx() throws {
        let docx = try Self.object(
            JSONRenderer().render(
                Self.oneFinding(
                    "一\n二", span: { $0.span("二") },
                    lineKind: .paragraph)))
        let text = try Self.object(JSONRenderer().render(Self.oneFinding("一\n二", span: { $0.span("二") })))
        func firstDiagnostic(_ root: [String: Any]) -> [String: Any]? {
            ((root["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first
        }
        #expect(firstDiagnostic(docx)?["paragraph"] as? Int == 2)
        #expect(firstDiagnostic(docx)?["line"] as? Int == 2)
        #expect(firstDiagnostic(text)?.keys.contains("paragraph") == false)
        #expect(firstDiagnostic(text)?.keys.contains("fix") == false)
        #expect(
            firstDiagnostic(text)?.keys.sorted() == [
                "column", "endColumn", "endLine", "line", "message", "notes", "rule", "section", "sectionPath",
                "severity", "snippet",
            ])
    }
}
