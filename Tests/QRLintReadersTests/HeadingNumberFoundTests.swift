import QRLintCore
import Testing

@testable import QRLintReaders

/// `HeadingNumberParser.find` packs the components into one word; `parse` builds the `HeadingNumber` from
/// it. Both must agree on every shape of number, including the largest values and the deepest numbers.
@Suite struct HeadingNumberFoundTests {
    @Test(arguments: [
        "1 学校概况", "1.3专业设置", "2.1.3 课程", "3. 教学改革", "4、服务贡献", "１．２ 办学条件", "99.99.99.99.99 最深",
        "1.2.3.4.5.6 太深", "一、背景", "九十九、最后", "（三）实训", "(12) 项目", "第十二章 总结", "第3篇 案例", "第二部分 附录",
        "30 章节", "2023年", "3+2", "十一二、", "（九十九）末项",
    ])
    func findAgreesWithParse(_ text: String) {
        let s = Array(text.unicodeScalars)
        let found = HeadingNumberParser.find(s, start: 0, end: s.count)
        let match = HeadingNumberParser.parse(s, start: 0, end: s.count, sourceOffset: 7)
        #expect((found == nil) == (match == nil), "\(text)")
        guard let found, let match else { return }
        #expect(found.components == match.number.components, "\(text)")
        #expect(found.first == match.number.components[0], "\(text)")
        #expect(found.count == match.number.components.count, "\(text)")
        #expect(found.style == match.number.style, "\(text)")
        #expect(found.titleStart == match.titleStart, "\(text)")
        #expect(match.number.span == Span(start: 7, end: 7 + found.numberEnd), "\(text)")
        #expect(String(scalars: s[..<found.numberEnd]) == match.number.text, "\(text)")
    }

    @Test func deepestAndLargestComponents() throws {
        let s = Array("99.98.97.96.95 标题".unicodeScalars)
        let found = try #require(HeadingNumberParser.find(s, start: 0, end: s.count))
        #expect(found.components == [99, 98, 97, 96, 95])
        // The shape check reads the same facts: a top-level number above 30 is a quantity.
        #expect(PlainTextHeadingShape.shape(s, 0..<s.count, number: found) == nil)
        let heading = Array("2.5 教师队伍建设".unicodeScalars)
        let candidate = try #require(PlainTextHeadingShape.candidate(heading, 0..<heading.count))
        #expect(candidate.number?.components == [2, 5])
        #expect(candidate.number?.text == "2.5")
        #expect(candidate.titleStart == 4)
    }
}
