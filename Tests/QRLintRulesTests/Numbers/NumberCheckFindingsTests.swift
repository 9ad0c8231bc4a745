import QRLintCore
import Testing

@testable import QRLintRules

/// A rule's findings from the number checks' results: one consistency, one finding per place (its first result),
/// in source order.
struct NumberCheckFindingsTests {
    private func result(_ message: String, _ consistency: Consistency, _ start: Int, _ end: Int) -> NumberCheckResult {
        NumberCheckResult(consistency: consistency, message: message, span: Span(start: start, end: end), notes: [])
    }

    @Test func eachPlaceKeepsItsFirstResultInSourceOrder() {
        let results = [
            result("late first", .mismatch, 9, 12),
            result("truncated", .truncationOnly, 1, 3),
            result("early", .mismatch, 1, 3),
            result("late second", .mismatch, 9, 12),
            result("same start, longer", .mismatch, 1, 5),
            result("early again", .mismatch, 1, 3),
        ]
        #expect(results.findings(.mismatch).map(\.message) == ["early", "same start, longer", "late first"])
        #expect(results.findings(.truncationOnly).map(\.message) == ["truncated"])
        #expect(results.findings(.consistent).isEmpty)
    }

    /// The scalar search finds a rate word wherever the byte search of `containsText` does.
    @Test func rateHeadersAreFoundByScalar() {
        for header in ["毕业去向落实率(%)", "生师比", "占比", "人均经费", "年度", "％", "满意度（%）", "序号"] {
            #expect(TableNumbersReader.isRateHeader(header), "\(header)")
        }
        for header in ["人数", "年级", "专任教师数(人)", "", "比较", "平", "生"] {
            #expect(!TableNumbersReader.isRateHeader(header), "\(header)")
        }
    }
}
