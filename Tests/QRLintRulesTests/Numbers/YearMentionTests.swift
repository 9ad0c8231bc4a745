import Testing

@testable import QRLintRules

struct YearMentionTests {
    private func mention(_ text: String) -> YearMention? {
        let s = Array(text.unicodeScalars)
        guard let n = ArabicNumberReader.read(s, at: 0, limit: s.count) else { return nil }
        return YearMentionReader.read(s, start: 0, number: n, limit: s.count)
    }

    @Test func yearsThatScope() {
        #expect(mention("2024年度，") == YearMention(year: 2024, range: 0..<6, scopes: true, opensParagraph: true))
        #expect(mention("2024年毕业2926人")?.opensParagraph == false)
        #expect(mention("2025届毕业生")?.year == 2025)
        #expect(mention("2024—2025学年")?.year == 2025)
        #expect(mention("2024—2025学年")?.scopes == true)
    }

    @Test func yearsThatDoNot() {
        #expect(mention("2024年6月")?.scopes == false)
        #expect(mention("2024—2035年")?.scopes == false)
        #expect(mention("2023级学生")?.scopes == false)
        #expect(mention("2024年以来")?.scopes == false)
        #expect(mention("2024人") == nil)
    }

    @Test func relativeYears() {
        let s = Array("上一学年；较上年；本年级".unicodeScalars)
        #expect(YearMentionReader.readRelative(s, at: 0, limit: s.count, reportYear: 2025)?.year == 2024)
        #expect(YearMentionReader.readRelative(s, at: 6, limit: s.count, reportYear: 2025)?.scopes == false)
        #expect(YearMentionReader.readRelative(s, at: 9, limit: s.count, reportYear: 2025) == nil)
        #expect(YearMentionReader.readRelative(s, at: 0, limit: s.count, reportYear: nil) == nil)
    }
}
