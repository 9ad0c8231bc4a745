import Testing

@testable import QRLintRules

struct ChineseNumeralReaderTests {
    private func value(_ text: String) -> Double? {
        let s = Array(text.unicodeScalars)
        return ChineseNumeralReader.read(s, at: 0, limit: s.count)?.value
    }

    @Test func numerals() {
        #expect(value("二十二个") == 22)
        #expect(value("三千余人") == 3000)
        #expect(value("一百零五人") == 105)
        #expect(value("两个") == 2)
        #expect(value("十个") == 10)
        #expect(value("一万二千人") == 12000)
        #expect(value("三万人") == 30000)
    }

    /// "十四五", "一二" are names and lists, not numbers.
    @Test func namesAreNotNumerals() {
        #expect(value("十四五") == nil)
        #expect(value("一二年级") == nil)
    }

    @Test func percentWordsAndFractions() {
        let s = Array("百分之九十五".unicodeScalars)
        #expect(ChineseNumeralReader.readPercent(s, at: 0, limit: s.count)?.value == 95)
        let f = Array("三分之一".unicodeScalars)
        let third = ChineseNumeralReader.readFraction(f, at: 0, limit: f.count)?.value ?? 0
        #expect(abs(third - 1.0 / 3) < 1e-12)
        let n = Array("九分之一".unicodeScalars)
        #expect(ChineseNumeralReader.readFraction(n, at: 0, limit: n.count)?.end == 4)
    }
}
