import QRLintCore
import QRLintOutput
import Testing

/// A rule firing more than 20 times in one file shows 10 findings and one line for the rest.
@Suite struct FoldingTests {
    static func report(firing count: Int, otherEvery: Int = 0) -> LintReport {
        let text = (1...count).map { "第\($0)行,内容" }.joined(separator: "\n")
        let quoted = QuotedSource(path: "a.txt", text: text)
        var diagnostics: [Diagnostic] = []
        for index in 1...count {
            diagnostics.append(
                Diagnostic(
                    ruleID: "text.many", severity: .warning, message: "多", span: quoted.span(",", occurrence: index)))
            if otherEvery > 0, index % otherEvery == 0 {
                diagnostics.append(
                    Diagnostic(
                        ruleID: "text.other", severity: .info, message: "别", span: quoted.span("内容", occurrence: index))
                )
            }
        }
        return LintReport(
            files: [FileReport(path: "a.txt", profile: nil, source: quoted.source, diagnostics: diagnostics)], rules: []
        )
    }

    static func headers(_ output: String, rule: String) -> Int {
        output.split(separator: "\n").filter { $0.hasPrefix("a.txt:") && $0.hasSuffix("[\(rule)]") }.count
    }

    @Test func twentyFindingsAreAllShown() {
        let output = HumanRenderer().render(Self.report(firing: 20))
        #expect(Self.headers(output, rule: "text.many") == 20)
        #expect(!output.contains("另有"))
    }

    @Test func twentyOneFindingsFoldAfterTen() {
        let output = HumanRenderer().render(Self.report(firing: 21))
        #expect(Self.headers(output, rule: "text.many") == 10)
        #expect(output.contains("\n\n…… 另有 11 处 [text.many]\n\n"))
        #expect(output.hasSuffix("检查了 1 个文件：0 个错误，21 个警告，0 条提示\n"))
    }

    @Test func otherRulesKeepEveryFinding() {
        let output = HumanRenderer().render(Self.report(firing: 25, otherEvery: 5))
        #expect(Self.headers(output, rule: "text.many") == 10)
        #expect(Self.headers(output, rule: "text.other") == 5)
        #expect(output.contains("…… 另有 15 处 [text.many]"))
        #expect(output.hasSuffix("检查了 1 个文件：0 个错误，25 个警告，5 条提示\n"))
        // The fold line stands right after the tenth finding of its rule (header, source line, underline).
        let lines = output.split(separator: "\n")
        let fold = lines.firstIndex { $0.hasPrefix("……") }!
        let tenth = lines.lastIndex { $0.hasPrefix("a.txt:10:") && $0.hasSuffix("[text.many]") }!
        #expect(fold == tenth + 3)
    }

    @Test func foldingIsPerFile() {
        let one = Self.report(firing: 15).files[0]
        let report = LintReport(
            files: [
                one,
                FileReport(
                    path: "b.txt", profile: nil, source: one.source,
                    diagnostics: one.diagnostics),
            ], rules: [])
        let output = HumanRenderer().render(report)
        #expect(!output.contains("另有"))
    }
}
