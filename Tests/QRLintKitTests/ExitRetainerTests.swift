import Testing

@testable import QRLintKit

struct ExitRetainerTests {
    @Test func keepsNothingUntilEnabled() {
        let retainer = ExitRetainer()
        retainer.keep([1, 2, 3], inputBytes: 1)
        retainer.keepIfEnabled("report")
        #expect(retainer.keptCount == 0)
    }

    @Test func keepsWithinTheBudgetOnly() {
        let retainer = ExitRetainer()
        retainer.enable(inputBytes: 10)
        retainer.keep("a", inputBytes: 4)
        retainer.keep("b", inputBytes: 6)
        retainer.keep("c", inputBytes: 1)
        #expect(retainer.keptCount == 2)
    }

    @Test func sharedRetainerIsOffInTheLibrary() {
        #expect(ExitRetainer.shared.keptCount == 0)
    }
}
