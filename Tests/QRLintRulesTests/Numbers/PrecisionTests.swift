import Testing

@testable import QRLintRules

struct PrecisionTests {
    @Test func roundingInterval() {
        let i = Precision.rounding(65.7, decimals: 1)
        #expect(i.contains(65.65) && i.contains(65.749))
        #expect(!i.contains(65.8))
    }

    /// 69 ÷ 217 = 31.797…: "31.7" only truncation explains.
    @Test func truncationIsLooser() {
        let share = 69.0 / 217 * 100
        #expect(!Precision.rounding(31.7, decimals: 1).contains(share))
        #expect(Precision.truncation(31.7, decimals: 1).contains(share))
    }

    @Test func formatting() {
        #expect(Precision.format(486) == "486")
        #expect(Precision.format(18.738, decimals: 2) == "18.74")
        #expect(Precision.format(8.40, decimals: 1) == "8.4")
        #expect(Precision.format(-224) == "-224")
    }
}
