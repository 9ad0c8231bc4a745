import Testing

@testable import QRLintRules

struct NumberIntervalTests {
    @Test func arithmetic() {
        let a = NumberInterval(low: 1, high: 2)
        let b = NumberInterval(low: 10, high: 20)
        #expect(a + b == NumberInterval(low: 11, high: 22))
        #expect(b - a == NumberInterval(low: 8, high: 19))
        #expect(a * b == NumberInterval(low: 10, high: 40))
        #expect((b / a) == NumberInterval(low: 5, high: 20))
        #expect((a / NumberInterval(low: -1, high: 1)) == nil)
        #expect(NumberInterval.sum([a, a, a]) == NumberInterval(low: 3, high: 6))
    }

    /// 0.1 + 0.2 meets 0.3: floating-point noise is not a contradiction.
    @Test func slackForFloatingPoint() {
        #expect((NumberInterval.point(0.1) + .point(0.2)).intersects(.point(0.3)))
        #expect(!NumberInterval.point(486).intersects(.point(492)))
        #expect(NumberInterval(low: 9300, high: 9400).contains(9313))
    }
}

/// Products of intervals take the least and greatest of the four corner products.
struct NumberIntervalProductTests {
    @Test func productsSpanTheCorners() {
        let a = NumberInterval(low: -2, high: 3)
        let b = NumberInterval(low: 4, high: 5)
        #expect(a * b == NumberInterval(low: -10, high: 15))
        #expect(
            NumberInterval(low: -3, high: -2) * NumberInterval(low: -5, high: 4) == NumberInterval(low: -12, high: 15))
        // ∞ × 0 is NaN, read as 0.
        let unbounded = NumberInterval(low: 0, high: .infinity)
        #expect(unbounded * NumberInterval.point(0) == NumberInterval.point(0))
        #expect((NumberInterval.point(1) / NumberInterval(low: 2, high: 4)) == NumberInterval(low: 0.25, high: 0.5))
    }
}
