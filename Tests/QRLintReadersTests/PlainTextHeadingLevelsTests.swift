import QRLintCore
import Testing

@testable import QRLintReaders

/// The text reader asks `PlainTextHeadingLevels` with the number the scanner found (`Number(found)`), the
/// Word reader with a built `HeadingNumber`: both must get the same answers in every state.
@Suite struct PlainTextHeadingLevelsTests {
    private static let sequence = [
        "1 概况", "1.1 学校", "1.2 专业", "2 学生", "2.1 招生", "一、背景", "（一）做法", "2.2 就业", "2.2.1 去向", "3 教学",
        "1 列表项", "3.1 课程", "3.3 跳号", "二、成效", "（二）经验", "第二章 附录", "4 服务", "4.1.1 深入",
    ]

    private func found(_ text: String) throws -> (HeadingNumberParser.Found, HeadingNumber) {
        let s = Array(text.unicodeScalars)
        let found = try #require(HeadingNumberParser.find(s, start: 0, end: s.count))
        return (found, HeadingNumberParser.match(found, s, start: 0, sourceOffset: 0).number)
    }

    @Test func foundAndBuiltNumbersAgree() throws {
        var byFound = PlainTextHeadingLevels()
        var byNumber = PlainTextHeadingLevels()
        for text in Self.sequence {
            let (found, number) = try found(text)
            let packed = PlainTextHeadingLevels.Number(found)
            #expect(byFound.isNext(packed) == byNumber.isNext(number), "\(text)")
            #expect(byFound.isListItemGoingBack(packed) == byNumber.isListItemGoingBack(number), "\(text)")
            #expect(byFound.level(for: packed) == byNumber.level(for: number), "\(text)")
        }
    }

    @Test func packsWhatTheParserFound() throws {
        let (found, number) = try found("2.10.3 标题")
        let fromFound = PlainTextHeadingLevels.Number(found)
        let fromNumber = PlainTextHeadingLevels.Number(number)
        #expect(fromFound.packed == fromNumber.packed)
        #expect(fromFound.count == 3 && fromNumber.count == 3)
        #expect((0..<3).map(fromFound.component) == [2, 10, 3])
        #expect(fromFound.depth == 3)
    }

    @Test func nextNumbers() throws {
        var levels = PlainTextHeadingLevels()
        _ = levels.level(for: PlainTextHeadingLevels.Number(try found("2.5 教师").0))
        for (text, next) in [("2.6 a", true), ("3 b", true), ("2.5.1 c", true), ("2.7 d", false), ("2.5.2 e", false)] {
            #expect(levels.isNext(PlainTextHeadingLevels.Number(try found(text).0)) == next, "\(text)")
        }
    }
}
