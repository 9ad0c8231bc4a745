import QRLintCore
import QRLintReaders
import Testing

/// Headings, paragraphs, lists, positions: each test compares `Document.dump()`.
@Suite("MarkdownReader")
struct MarkdownReaderTests {
    static func read(_ markdown: String) -> Document {
        MarkdownReader.read(SourceText(path: "报告.md", text: markdown))
    }

    static func dump(_ markdown: String) -> String { read(markdown).dump() }

    @Test func emptyFile() {
        #expect(Self.dump("") == "")
        #expect(Self.dump("\n\n  \n") == "")
        #expect(Self.read("").format == .markdown)
    }

    @Test func atxHeadingsWithNumbers() {
        let markdown = """
            # 一、学校概况
            ## 1.1 基本情况
            ## 1.3专业设置
            ### （一）专业布局 ###
            #### 第二章 人才培养
            ##### 前言
            ###### 2.1.1 党建引领
            """
        #expect(
            Self.dump(markdown) == """
                Heading(1) @1:3-1:9 "一、 学校概况"
                Heading(2) @2:4-2:12 "1.1 基本情况"
                Heading(2) @3:4-3:11 "1.3 专业设置"
                Heading(3) @4:5-4:12 "（一） 专业布局"
                Heading(4) @5:6-5:14 "第二章 人才培养"
                Heading(5) @6:7-6:9 "前言"
                Heading(6) @7:8-7:18 "2.1.1 党建引领"
                """)
    }

    @Test func headingNumberStyleAndSpans() throws {
        let document = Self.read("# 一、学校概况\n## 1.3专业设置")
        guard case .heading(let chapter) = document.blocks[0], case .heading(let section) = document.blocks[1] else {
            Issue.record("expected two headings")
            return
        }
        let chapterNumber = try #require(chapter.number)
        #expect(chapterNumber.style == .chinese)
        #expect(chapterNumber.components == [1])
        #expect(document.source.text(in: chapterNumber.span.range) == "一、")
        #expect(document.source.text(in: chapter.title.sourceSpan.range) == "学校概况")
        let sectionNumber = try #require(section.number)
        #expect(sectionNumber.style == .arabic)
        #expect(sectionNumber.components == [1, 3])
        #expect(document.source.text(in: sectionNumber.span.range) == "1.3")
        #expect(document.source.text(in: section.span.range) == "1.3专业设置")
    }

    @Test func headingEdgeCases() {
        let markdown = """
            ## **2.1 立德树人**
            ## 3+2贯通培养
            ## 2025年工作要点
            ### C# ###
            #标签不是标题
            #######七级不是标题
            #
            """
        #expect(
            Self.dump(markdown) == """
                Heading(2) @1:4-1:16 "2.1 立德树人"
                Heading(2) @2:4-2:11 "3+2贯通培养"
                Heading(2) @3:4-3:13 "2025年工作要点"
                Heading(3) @4:5-4:7 "C#"
                Paragraph @5:1-6:14 "#标签不是标题#######七级不是标题"
                Heading(1) @7:2-7:2 ""
                """)
    }

    @Test func setextHeadings() {
        let markdown = """
            学校概况
            ====
            1.1 基本情况
            ---
            正文。
            """
        #expect(
            Self.dump(markdown) == """
                Heading(1) @1:1-1:5 "学校概况"
                Heading(2) @3:1-3:9 "1.1 基本情况"
                Paragraph @5:1-5:4 "正文。"
                """)
    }

    @Test func paragraphsJoinChineseWithoutSpaceAndLatinWithOne() {
        let markdown = """
            学校位于重庆市，
            占地200亩。
            学校与 Huawei
            Cloud 合作，共建 ICT 学院，
            2024
            年获批。

            第二段
            """
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:1-6:5 "学校位于重庆市，占地200亩。学校与 H… 学院，2024年获批。"
                Paragraph @8:1-8:4 "第二段"
                """)
        guard case .paragraph(let paragraph) = Self.read(markdown).blocks[0] else { return }
        #expect(paragraph.text.string == "学校位于重庆市，占地200亩。学校与 Huawei Cloud 合作，共建 ICT 学院，2024年获批。")
        // The synthetic space maps to the end of the line it replaces the break of.
        let space = Array(paragraph.text.scalars).firstIndex(of: "C")! - 1
        #expect(paragraph.text.sourceOffset(at: space) == Array("学校位于重庆市，\n占地200亩。\n学校与 Huawei".unicodeScalars).count)
    }

    @Test func hardBreaksAreJoins() {
        let markdown = "第一行  \n第二行\\\n第三行\nABC\\\n123"
        #expect(Self.dump(markdown) == #"Paragraph @1:1-5:4 "第一行第二行第三行ABC 123""#)
    }

    @Test func listItemsAreParagraphs() {
        let markdown = """
            学校开设以下专业：
            - 智能制造
              技术专业
            * 汽车运用
            + 电子商务
            1. 学前教育
            2) 会计事务
            - [x] 已完成的事项
            -
            """
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:1-1:10 "学校开设以下专业："
                Paragraph @2:3-3:7 "智能制造技术专业"
                Paragraph @4:3-4:7 "汽车运用"
                Paragraph @5:3-5:7 "电子商务"
                Paragraph @6:4-6:8 "学前教育"
                Paragraph @7:4-7:8 "会计事务"
                Paragraph @8:7-8:13 "已完成的事项"
                """)
    }

    @Test func blockQuotesAreParagraphs() {
        let markdown = """
            > 学校坚持立德树人，
            > 落实根本任务。
            >
            > > 第二段
            懒惰续行
            """
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:3-2:10 "学校坚持立德树人，落实根本任务。"
                Paragraph @4:5-5:5 "第二段懒惰续行"
                """)
    }

    @Test func columnsCountScalarsAfterEmoji() throws {
        let markdown = "😀👨‍👩‍👧 学校**概况**\n## 😀 1.1 基本情况"
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:1-1:16 "😀👨‍👩‍👧 学校**概况**"
                Heading(2) @2:4-2:14 "😀 1.1 基本情况"
                """)
        let document = Self.read(markdown)
        guard case .paragraph(let paragraph) = document.blocks[0] else { return }
        let school = try #require(paragraph.text.scalars.firstIndex(of: "学"))
        // 😀 is one scalar, the family emoji five (three people, two joiners), then a space.
        #expect(
            document.source.position(of: paragraph.text.sourceOffset(at: school)) == SourcePosition(line: 1, column: 8))
    }

    @Test func crlfLinesKeepTheSamePositions() {
        let markdown = "## 1.1 基本情况\r\n正文一\r\n正文二\r\n"
        #expect(
            Self.dump(markdown) == """
                Heading(2) @1:4-1:12 "1.1 基本情况"
                Paragraph @2:1-3:4 "正文一正文二"
                """)
    }

    @Test func inlineMarkupIsKeptInRunningText() {
        let markdown = "学校获评**全国文明校园**，详见[官网](https://example.cn)和`代码`。"
        #expect(Self.dump(markdown) == #"Paragraph @1:1-1:48 "学校获评**全国文明校园**，详见[官网…le.cn)和`代码`。""#)
    }

    @Test func longInputsStayLinear() {
        // Unmatched brackets, unclosed emphasis and many lines: a quadratic scan would not finish in time.
        let line = String(repeating: "[学校](", count: 2000) + "\n"
        let markdown = "## 目录\n" + line + String(repeating: "学校概况，**重点\n", count: 20000)
        let document = Self.read(markdown)
        #expect(document.blocks.count == 2 + 20000)
    }
}
