import Testing

@testable import QRLintRules

struct ApproximationIntervalTests {
    @Test func stepOfTheLastSignificantDigit() {
        #expect(ApproximationInterval.step(writtenValue: 9300, decimals: 0) == 100)
        #expect(ApproximationInterval.step(writtenValue: 630, decimals: 0) == 10)
        #expect(ApproximationInterval.step(writtenValue: 9313, decimals: 0) == 1)
        #expect(abs(ApproximationInterval.step(writtenValue: 1.5, decimals: 1) - 0.1) < 1e-12)
    }

    /// "9300余人" is 9300–9400 and agrees with 9313; "超过40" has no upper end; "约19万" is roughly ±10%.
    @Test func markers() {
        #expect(
            ApproximationInterval.interval(9300, step: 100, approximation: .odd)
                == NumberInterval(low: 9300, high: 9400))
        #expect(ApproximationInterval.interval(40, step: 10, approximation: .atLeast)?.high == .infinity)
        #expect(ApproximationInterval.interval(40, step: 10, approximation: .atLeast)?.low == 40)
        let about = ApproximationInterval.interval(190_000, step: 10_000, approximation: .about)
        #expect(about?.contains(199_100) == true)
        #expect(
            ApproximationInterval.interval(100, step: 1, approximation: .atMost) == NumberInterval(low: 0, high: 100))
        #expect(ApproximationInterval.interval(5, step: 1, approximation: nil) == nil)
    }
}
