import Testing

@testable import QRLintRules

/// `ReportYear.isComparisonEnd`, a switch, holds for exactly the last scalars of the comparison words.
struct ComparisonEndTests {
    @Test func switchMatchesTheWords() {
        let ends = Set(ReportYear.comparisonWords.compactMap(\.last))
        for value in UInt32(0x20)..<0xA000 {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(ReportYear.isComparisonEnd(s) == ends.contains(s), "\(value)")
        }
    }
}
