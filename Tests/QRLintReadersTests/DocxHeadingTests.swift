import QRLintCore
import QRLintReaders
import Testing

/// Headings from Word's styles and outline levels, and from the shape of plain paragraphs.
@Suite("DocxReader headings")
struct DocxHeadingTests {
    /// Chinese Word saves Heading 1 with the style id "1" and its English name.
    static let chineseWordStyles = [
        TestDocx.style("a", name: "Normal"),
        TestDocx.style("1", name: "heading 1", basedOn: "a", outlineLevel: 0),
        TestDocx.style("2", name: "heading 2", basedOn: "a", outlineLevel: 1),
        TestDocx.style("a3", name: "Title", basedOn: "a"),
    ].joined()

    @Test func headingsByStyleWithTypedNumbers() throws {
        let body = [
            TestDocx.p("重庆市星河职业技术学校2025年度质量年度报告", style: "a3"),
            TestDocx.p("1 学校概况", style: "1"),
            TestDocx.p("1.1 基本情况", style: "2"),
            TestDocx.p("学校创办于1985年。"),
            TestDocx.p("2 人才培养", style: "1"),
        ].joined()
        let document = try TestDocx.read(body: body, styles: Self.chineseWordStyles)
        #expect(document.format == .docx)
        #expect(document.source.lineKind == .paragraph)
        #expect(
            document.dump() == """
                Paragraph @1:1-1:24 "重庆市星河职业技术学校2025年度质量年度报告"
                Heading(1) @2:1-2:7 "1 学校概况"
                Heading(2) @3:1-3:9 "1.1 基本情况"
                Paragraph @4:1-4:12 "学校创办于1985年。"
                Heading(1) @5:1-5:7 "2 人才培养"
                """)
        guard case .heading(let heading) = document.blocks[2] else {
            Issue.record("expected a heading")
            return
        }
        #expect(document.source.text(in: try #require(heading.number).span.range) == "1.1")
        #expect(heading.title.string == "基本情况")
    }

    @Test func localisedAndCustomStyleNames() throws {
        let styles = [
            TestDocx.style("Normal", name: "Normal"),
            TestDocx.style("a1", name: "标题 1"),
            TestDocx.style("a2", name: "标题 2"),
            TestDocx.style("MyChapter", name: "报告章标题", basedOn: "Normal", outlineLevel: 0),
            TestDocx.style("MySection", name: "报告节标题", basedOn: "a2"),
        ].joined()
        let body = [
            TestDocx.p("一、学校概况", style: "a1"),
            TestDocx.p("（一）基本情况", style: "a2"),
            TestDocx.p("二、人才培养", style: "MyChapter"),
            TestDocx.p("（一）立德树人", style: "MySection"),
            // Not in styles.xml: judged by its id.
            TestDocx.p("（二）专业建设", style: "Heading2"),
        ].joined()
        let document = try TestDocx.read(body: body, styles: styles)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:7 "一、 学校概况"
                Heading(2) @2:1-2:8 "（一） 基本情况"
                Heading(1) @3:1-3:7 "二、 人才培养"
                Heading(2) @4:1-4:8 "（一） 立德树人"
                Heading(2) @5:1-5:8 "（二） 专业建设"
                """)
    }

    @Test func directOutlineLevelOverridesStyle() throws {
        let body = """
            <w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>前言</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>不是标题的段落</w:t></w:r></w:p>
            """
        let document = try TestDocx.read(body: body, styles: Self.chineseWordStyles)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:3 "前言"
                Paragraph @2:1-2:8 "不是标题的段落"
                """)
    }

    /// Without heading styles the document is read as text input is: by the numbers.
    @Test func plainParagraphsAsInTextInput() throws {
        let body = [
            TestDocx.p("重庆市星河职业技术学校2025年度质量年度报告"),
            TestDocx.p("前 言"),
            TestDocx.p("本报告如实反映学校办学情况。"),
            TestDocx.p("一、学校概况"),
            TestDocx.p("（一）基本情况"),
            TestDocx.p("学校有教职工 286 人，其中专任教师 240 人。"),
            TestDocx.p("1.办学条件"),
            TestDocx.p("二、人才培养"),
        ].joined()
        let document = try TestDocx.read(body: body)
        #expect(
            document.dump() == """
                Paragraph @1:1-1:24 "重庆市星河职业技术学校2025年度质量年度报告"
                Heading(1) @2:1-2:4 "前 言"
                Paragraph @3:1-3:15 "本报告如实反映学校办学情况。"
                Heading(1) @4:1-4:7 "一、 学校概况"
                Heading(2) @5:1-5:8 "（一） 基本情况"
                Paragraph @6:1-6:27 "学校有教职工 286 人，其中专任教师 240 人。"
                Heading(3) @7:1-7:7 "1. 办学条件"
                Heading(1) @8:1-8:7 "二、 人才培养"
                """)
    }

    /// With heading styles, a typed heading is taken only when bold and numbered unlike any styled heading.
    @Test func boldTypedSubheadingsUnderStyledChapters() throws {
        let body = [
            TestDocx.p("一、学校概况", style: "1"),
            TestDocx.p("（一）基本情况", bold: true),
            TestDocx.p("学校创办于1985年。"),
            TestDocx.p("1.专业设置", bold: true),
            TestDocx.p("（二）办学条件", bold: true),
            TestDocx.p("（三）不加粗的列表项"),
            TestDocx.p("二、人才培养", bold: true),
            TestDocx.p("1.1 办学条件", style: "2"),
            TestDocx.p("1.1.1 校园面积", bold: true),
        ].joined()
        let document = try TestDocx.read(body: body, styles: Self.chineseWordStyles)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:7 "一、 学校概况"
                Heading(2) @2:1-2:8 "（一） 基本情况"
                Paragraph @3:1-3:12 "学校创办于1985年。"
                Heading(3) @4:1-4:7 "1. 专业设置"
                Heading(2) @5:1-5:8 "（二） 办学条件"
                Paragraph @6:1-6:11 "（三）不加粗的列表项"
                Paragraph @7:1-7:7 "二、人才培养"
                Heading(2) @8:1-8:9 "1.1 办学条件"
                Heading(3) @9:1-9:11 "1.1.1 校园面积"
                """)
    }

    @Test func boldFromParagraphStyleCounts() throws {
        let styles = Self.chineseWordStyles + TestDocx.style("Strong", name: "加粗正文", basedOn: "a", bold: true)
        let body = [
            TestDocx.p("一、学校概况", style: "1"),
            TestDocx.p("（一）基本情况", style: "Strong"),
        ].joined()
        let document = try TestDocx.read(body: body, styles: styles)
        #expect(document.dump().hasSuffix(#"Heading(2) @2:1-2:8 "（一） 基本情况""#))
    }

    @Test func emptyHeadingParagraphsAreSkippedUnlessNumbered() throws {
        let body = [TestDocx.p("", style: "1"), TestDocx.p("  ", style: "2"), TestDocx.p("1 学校概况", style: "1")].joined()
        let document = try TestDocx.read(body: body, styles: Self.chineseWordStyles)
        #expect(document.dump() == #"Heading(1) @3:1-3:7 "1 学校概况""#)
    }
}
