import QRLintCore
import Testing

@testable import QRLintReaders

/// `HeadingNumberCache` must give exactly what `HeadingNumberParser.match` builds, for a number seen for
/// the first time and for one seen before, and keep doing so after its table grows.
@Suite struct HeadingNumberCacheTests {
    private func expectSame(_ text: String, offset: Int, _ cache: inout HeadingNumberCache) throws {
        let s = Array(text.unicodeScalars)
        let found = try #require(HeadingNumberParser.find(s, start: 0, end: s.count))
        let expected = HeadingNumberParser.match(found, s, start: 0, sourceOffset: offset).number
        #expect(cache.number(found, s, start: 0, sourceOffset: offset) == expected, "\(text)")
    }

    @Test func equalsTheParsedNumberOnFirstAndLaterUse() throws {
        var cache = HeadingNumberCache()
        let texts = [
            "1 学校概况", "1.3专业设置", "2.1.3 课程", "3. 教学改革", "4、服务贡献", "１．２ 办学条件", "99.99.99.99.99 最深",
            "一、背景", "九十九、最后", "（三）实训", "(12) 项目", "第十二章 总结", "第3篇 案例", "第二部分 附录", "（九十九）末项",
            "1.1 同号", "1．1 全角点",
        ]
        for round in 0..<2 {
            for (k, text) in texts.enumerated() { try expectSame(text, offset: 10 * k + round, &cache) }
        }
    }

    @Test func keepsEveryNumberWhenTheTableGrows() throws {
        var cache = HeadingNumberCache()
        for round in 0..<2 {
            for a in 1...30 {
                for b in 1...30 { try expectSame("\(a).\(b) 标题", offset: a * 100 + b + round, &cache) }
            }
        }
    }

    /// Texts longer than the cache's key are built without it, and still equal.
    @Test func longNumbersAreBuiltDirectly() throws {
        var cache = HeadingNumberCache()
        for _ in 0..<2 { try expectSame("12.34.56.78.90 很深的编号", offset: 3, &cache) }
    }
}
