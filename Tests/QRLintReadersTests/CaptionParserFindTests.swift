import Testing

@testable import QRLintReaders

/// `CaptionParser.find` reads what `parse` reads, without the number's text.
@Suite("CaptionParser.find")
struct CaptionParserFindTests {
    @Test(arguments: [
        "图1：学校大门", "表 2 学生情况统计表", "典型案例 3：产教融合", "【案例2-1】技能大赛", "[表3]", "图1所示", "表 12.3 经费",
        "案例", "图", "学校概况", "图 1234 太长", "【案例2-1 未闭合", "表1", "表1.",
    ])
    func findAgreesWithParse(_ line: String) {
        let s = Array(("前文" + line).unicodeScalars)
        let parsed = CaptionParser.parse(s, start: 2, end: s.count)
        let found = CaptionParser.find(s, start: 2, end: s.count)
        #expect((parsed == nil) == (found == nil))
        if let parsed, let found {
            #expect(parsed.kind == found.kind && parsed.number == String(String.UnicodeScalarView(s[found.number])))
            #expect(parsed.titleStart == found.titleStart && parsed.titleEnd == found.titleEnd)
        }
    }
}
