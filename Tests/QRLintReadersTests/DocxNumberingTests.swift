import QRLintCore
import QRLintReaders
import Testing

/// Automatic numbering: the number Word shows is computed from numbering.xml.
@Suite("DocxReader automatic numbering")
struct DocxNumberingTests {
    /// Heading 1 and 2 carry list 1 in their style, as Word and LibreOffice save outline numbering.
    static let styles = [
        TestDocx.style("Normal", name: "Normal"),
        TestDocx.style("Heading1", name: "heading 1", outlineLevel: 0, numID: 1, level: 0),
        TestDocx.style("Heading2", name: "heading 2", outlineLevel: 1, numID: 1, level: 1),
        TestDocx.style("Heading3", name: "heading 3", outlineLevel: 2, numID: 1),
    ].joined()

    static func decimalOutline(startOverrides: [Int: Int] = [:], extra: [Int: [Int: Int]] = [:]) -> String {
        TestDocx.list(
            abstractID: 0, numID: 1, levels: [("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")],
            styles: ["Heading1", "Heading2", "Heading3"], startOverrides: startOverrides, extraNumIDs: extra)
    }

    @Test func outlineNumbersFromNumberingXML() throws {
        let body = [
            TestDocx.p("学校概况", style: "Heading1"),
            TestDocx.p("基本情况", style: "Heading2"),
            TestDocx.p("办学条件", style: "Heading2"),
            TestDocx.p("校园面积", style: "Heading3"),
            TestDocx.p("人才培养", style: "Heading1"),
            TestDocx.p("立德树人", style: "Heading2"),
        ].joined()
        let document = try TestDocx.read(body: body, styles: Self.styles, numbering: Self.decimalOutline())
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:5 "1 学校概况"
                Heading(2) @2:1-2:5 "1.1 基本情况"
                Heading(2) @3:1-3:5 "1.2 办学条件"
                Heading(3) @4:1-4:5 "1.2.1 校园面积"
                Heading(1) @5:1-5:5 "2 人才培养"
                Heading(2) @6:1-6:5 "2.1 立德树人"
                """)
        guard case .heading(let heading) = document.blocks[3] else {
            Issue.record("expected a heading")
            return
        }
        let number = try #require(heading.number)
        #expect(number.style == .arabic)
        #expect(number.components == [1, 2, 1])
        // The number is not in the text: its span is empty, at the paragraph's start.
        #expect(number.span == Span(heading.span.start..<heading.span.start))
        #expect(heading.title.string == "校园面积")
    }

    /// A numbering restart, as LibreOffice saves "restart at 6": a second list instance with a start override.
    @Test func startOverrideRestartsAndContinues() throws {
        let body = [
            TestDocx.p("学校概况", style: "Heading1"),
            TestDocx.p("基本情况", style: "Heading2"),
            TestDocx.p("学生规模", style: "Heading2", numID: 2, level: 1),
            TestDocx.p("人才培养", style: "Heading1"),
            TestDocx.p("立德树人", style: "Heading2"),
            TestDocx.p("不编号的标题", style: "Heading2", numID: 0),
        ].joined()
        let numbering = Self.decimalOutline(extra: [2: [1: 6]])
        let document = try TestDocx.read(body: body, styles: Self.styles, numbering: numbering)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:5 "1 学校概况"
                Heading(2) @2:1-2:5 "1.1 基本情况"
                Heading(2) @3:1-3:5 "1.6 学生规模"
                Heading(1) @4:1-4:5 "2 人才培养"
                Heading(2) @5:1-5:5 "2.1 立德树人"
                Heading(2) @6:1-6:7 "不编号的标题"
                """)
    }

    @Test func chineseCountingFormats() throws {
        let numbering = TestDocx.list(
            abstractID: 3, numID: 4, levels: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")],
            styles: ["Heading1", "Heading2"])
        let styles = [
            TestDocx.style("Heading1", name: "heading 1", numID: 4, level: 0),
            TestDocx.style("Heading2", name: "heading 2", numID: 4, level: 1),
        ].joined()
        var body = ""
        for chapter in 1...11 {
            body += TestDocx.p("第\(chapter)章", style: "Heading1")
        }
        body += TestDocx.p("基本情况", style: "Heading2") + TestDocx.p("办学条件", style: "Heading2")
        let document = try TestDocx.read(body: body, styles: styles, numbering: numbering)
        let lines = document.dump().split(separator: "\n")
        #expect(lines[0] == #"Heading(1) @1:1-1:4 "一、 第1章""#)
        #expect(lines[9] == #"Heading(1) @10:1-10:5 "十、 第10章""#)
        #expect(lines[10] == #"Heading(1) @11:1-11:5 "十一、 第11章""#)
        #expect(lines[11] == #"Heading(2) @12:1-12:5 "（一） 基本情况""#)
        #expect(lines[12] == #"Heading(2) @13:1-13:5 "（二） 办学条件""#)
        guard case .heading(let heading) = document.blocks[10] else { return }
        #expect(heading.number?.style == .chinese)
        #expect(heading.number?.components == [11])
    }

    /// Auto-numbered plain paragraphs in a document without heading styles: the label counts as typed.
    @Test func numberedPlainParagraphsWithoutHeadingStyles() throws {
        let numbering = TestDocx.list(
            abstractID: 0, numID: 1, levels: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
        let body = [
            TestDocx.p("学校概况", numID: 1, level: 0),
            TestDocx.p("基本情况", numID: 1, level: 1),
            TestDocx.p("学校有教职工 286 人，其中专任教师 240 人，生师比为 18:1，符合国家标准。"),
            TestDocx.p("人才培养", numID: 1, level: 0),
        ].joined()
        let document = try TestDocx.read(body: body, numbering: numbering)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:5 "一、 学校概况"
                Heading(2) @2:1-2:5 "（一） 基本情况"
                Paragraph @3:1-3:44 "学校有教职工 286 人，其中专任教师 …18:1，符合国家标准。"
                Heading(1) @4:1-4:5 "二、 人才培养"
                """)
    }

    @Test func bulletsAndSentencesAreNotHeadings() throws {
        let numbering =
            TestDocx.list(abstractID: 0, numID: 1, levels: [("bullet", "•")])
            + TestDocx.list(abstractID: 1, numID: 2, levels: [("decimal", "%1.")])
        let body = [
            TestDocx.p("学校概况", numID: 1, level: 0),
            TestDocx.p("学校开设专业 12 个，其中市级骨干专业 3 个。", numID: 2, level: 0),
        ].joined()
        let document = try TestDocx.read(body: body, numbering: numbering)
        #expect(
            document.dump() == """
                Paragraph @1:1-1:5 "学校概况"
                Paragraph @2:1-2:26 "学校开设专业 12 个，其中市级骨干专业 3 个。"
                """)
    }

    @Test func legalNumberingAndLetters() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>\
            <w:lvlText w:val="%1.%2"/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let styles = [
            TestDocx.style("H1", name: "heading 1", numID: 1, level: 0),
            TestDocx.style("H2", name: "heading 2", numID: 1, level: 1),
        ].joined()
        let body = [TestDocx.p("学校概况", style: "H1"), TestDocx.p("基本情况", style: "H2")].joined()
        let document = try TestDocx.read(body: body, styles: styles, numbering: numbering)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:5 "第一章 学校概况"
                Heading(2) @2:1-2:5 "1.1 基本情况"
                """)
    }
}
