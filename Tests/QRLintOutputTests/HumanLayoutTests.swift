import QRLintCore
import QRLintOutput
import Testing

@Suite struct HumanLayoutTests {
    @Test func docxParagraphsAreMarkedWithPilcrow() {
        let lines = renderedLines("标题\n正文一\n正文,二", span: { $0.span(",") }, path: "r.docx", lineKind: .paragraph)
        #expect(lines[0] == "r.docx:¶3:3: warning: 消息 [test.rule]")
        #expect(lines[1] == "   ¶3 | 正文,二")
        #expect(lines[2] == "      |     ^")
    }

    @Test func gutterGrowsForLongLineNumbers() {
        let text = String(repeating: "\n", count: 123_455) + "末行"
        let lines = renderedLines(text, span: { $0.span("末行") })
        #expect(lines[0] == "a.md:123456:1: warning: 消息 [test.rule]")
        #expect(lines[1] == " 123456 | 末行")
        #expect(lines[2] == "        | ^^^^")
    }

    @Test func notesSectionAndHelpFollowTheFinding() {
        let quoted = QuotedSource(path: "a.md", text: "总数 200 人\n\n分项 120 人、90 人")
        let diagnostic = Diagnostic(
            ruleID: "numbers.part-exceeds-total", severity: .error, message: "分项之和 210 人大于总数 200 人",
            span: quoted.span("90 人"), notes: [Note(message: "总数在此", span: quoted.span("200 人"))],
            fix: Fix(span: quoted.span("90 人"), replacement: "80 人", isSafe: false, message: "改为“80 人”"),
            sectionPath: ["2 人才培养", "2.1 立德树人"])
        let report = LintReport(
            files: [FileReport(path: "a.md", profile: nil, source: quoted.source, diagnostics: [diagnostic])],
            rules: [])
        #expect(
            HumanRenderer(showSummary: false).render(report) == """
                a.md:3:10: error: 分项之和 210 人大于总数 200 人 [numbers.part-exceeds-total]
                    3 | 分项 120 人、90 人
                      |              ^^^^^
                      = 位置：2 人才培养 › 2.1 立德树人
                a.md:1:4: note: 总数在此
                    1 | 总数 200 人
                      |      ^^^^^^
                      = help: 改为“80 人”

                """)
    }

    @Test func helpSaysWhenTheFixIsSafe() {
        let quoted = QuotedSource(path: "a.md", text: "甲,乙")
        func help(_ fix: Fix) -> String? {
            let diagnostic = Diagnostic(
                ruleID: "text.x", severity: .warning, message: "消息", span: quoted.span(","), fix: fix)
            let report = LintReport(
                files: [FileReport(path: "a.md", profile: nil, source: quoted.source, diagnostics: [diagnostic])],
                rules: [])
            return HumanRenderer().render(report).split(separator: "\n").first { $0.contains("= help:") }
                .map { String($0.drop { $0 != "=" }) }
        }
        let span = quoted.span(",")
        #expect(help(Fix(span: span, replacement: "，", isSafe: true, message: "改为“，”")) == "= help: 改为“，”（可自动修复）")
        #expect(help(Fix(span: span, replacement: "，", isSafe: false, message: "改为“，”")) == "= help: 改为“，”")
        #expect(help(Fix(span: span, replacement: "，", isSafe: false, message: "")) == "= help: 改为“，”")
        #expect(help(Fix(span: span, replacement: "", isSafe: false, message: "")) == "= help: 删除此处文字")
    }

    @Test func summaryCountsEverySeverity() {
        let output = HumanRenderer().render(CannedReport.report)
        #expect(output.hasSuffix("\n\n检查了 3 个文件：3 个错误，28 个警告，2 条提示\n"))
    }

    @Test func cleanReportSaysNoProblems() {
        let clean = CannedReport.clean.source
        let report = LintReport(
            files: [FileReport(path: "a.md", profile: nil, source: clean, diagnostics: [])], rules: [])
        #expect(HumanRenderer().render(report) == "检查了 1 个文件：没有发现问题\n")
        #expect(HumanRenderer(showSummary: false).render(report) == "")
    }

    @Test func summaryCanBeLeftOut() {
        let output = HumanRenderer(showSummary: false).render(CannedReport.report)
        #expect(!output.contains("检查了"))
        #expect(output.hasSuffix("[text.halfwidth-punctuation]\n"))
    }
}
