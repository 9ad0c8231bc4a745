import QRLintCore
import Testing

@testable import QRLintRules

struct DiagnosticOrderTests {
    @Test func ordersLikeAStableSortOnSpanRuleAndMessage() {
        // Few distinct keys, so that every kind of tie occurs; the severity tells apart diagnostics whose four
        // keys are equal, which must keep the order they came in.
        var diagnostics: [Diagnostic] = []
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let severities: [Severity] = [.error, .warning, .info]
        for _ in 0..<400 {
            let start = next(6)
            diagnostics.append(
                Diagnostic(
                    ruleID: ["numbers.share", "text.unpaired", "a"][next(3)], severity: severities[next(3)],
                    message: ["甲", "乙", ""][next(3)], span: Span(start..<(start + next(3)))))
        }
        var expected = diagnostics
        // What `RuleRunner` did before: the standard library's sort, which keeps equal elements in order.
        expected.sort {
            ($0.span.start, $0.span.end, $0.ruleID, $0.message) < ($1.span.start, $1.span.end, $1.ruleID, $1.message)
        }
        DiagnosticOrder.sort(&diagnostics)
        #expect(diagnostics == expected)
    }
}
