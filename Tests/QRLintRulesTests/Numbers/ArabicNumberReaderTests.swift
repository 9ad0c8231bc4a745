import Testing

@testable import QRLintRules

struct ArabicNumberReaderTests {
    private func read(_ text: String) -> ArabicNumber? {
        let s = Array(text.unicodeScalars)
        return ArabicNumberReader.read(s, at: 0, limit: s.count)
    }

    @Test func integersDecimalsAndGroups() {
        #expect(read("1234人")?.value == 1234)
        #expect(read("1234人")?.end == 4)
        #expect(read("1.73亿")?.value == 1.73)
        #expect(read("1.73亿")?.decimals == 2)
        #expect(read("8130.25元")?.value == 8130.25)
        #expect(read("1,234,567元")?.value == 1_234_567)
        #expect(read("1,234,567元")?.grouped == true)
    }

    @Test func fullWidthDigitsAndPoint() {
        #expect(read("６４７８．８３万元")?.value == 6478.83)
        #expect(read("６４７８．８３万元")?.decimals == 2)
    }

    /// "3,4" is a list and "1." ends a sentence: neither is part of the number.
    @Test func commaListAndTrailingDot() {
        #expect(read("3,4,5")?.value == 3)
        #expect(read("12.")?.value == 12)
        #expect(read("12.")?.decimals == 0)
        #expect(read("2023,2024")?.value == 2023)
    }
}
