import QRLintCore
import QRLintReaders
import Testing

/// The number in front of a heading, and what only looks like one.
@Suite struct HeadingNumberParserTests {
    static func parse(_ text: String) -> (number: String, components: [Int], title: String)? {
        let s = Array(text.unicodeScalars)
        guard let match = HeadingNumberParser.parse(s, start: 0, end: s.count, sourceOffset: 0) else { return nil }
        var title = String.UnicodeScalarView()
        title.append(contentsOf: s[match.titleStart...])
        return (match.number.text, match.number.components, String(title))
    }

    @Test(arguments: [
        ("1 学校概况", "1", [1], "学校概况"),
        ("1.3专业设置", "1.3", [1, 3], "专业设置"),
        ("2.1.3 课程", "2.1.3", [2, 1, 3], "课程"),
        ("3. 教学改革", "3.", [3], "教学改革"),
        ("4、服务贡献", "4、", [4], "服务贡献"),
        ("１．２ 办学条件", "１．２", [1, 2], "办学条件"),
        ("5 AI 赋能教学", "5", [5], "AI 赋能教学"),
    ])
    func arabicNumbers(_ text: String, _ number: String, _ components: [Int], _ title: String) throws {
        let parsed = try #require(Self.parse(text))
        #expect(parsed.number == number)
        #expect(parsed.components == components)
        #expect(parsed.title == title)
    }

    /// A number run into +, %, :, a dash or a Latin letter is a quantity, a time, a range or a name.
    @Test(arguments: [
        "3+2中高职贯通培养", "50%以上的毕业生", "8:00开始", "8：30 集合", "2-1 学生规模", "3D打印实训中心", "5G网络全覆盖",
        "1～3年级", "2023年学校招生", "100 名教师",
    ])
    func quantitiesAreNotHeadingNumbers(_ text: String) {
        #expect(Self.parse(text) == nil, "\(text)")
    }

    @Test func otherStyles() throws {
        #expect(try #require(Self.parse("（一）基本情况")).components == [1])
        #expect(try #require(Self.parse("二、人才培养")).components == [2])
        #expect(try #require(Self.parse("第三章 服务贡献")).components == [3])
    }
}
