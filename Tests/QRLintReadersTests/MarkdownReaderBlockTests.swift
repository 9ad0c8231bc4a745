import QRLintCore
import QRLintReaders
import Testing

/// Tables, comments, captions, 目录 entries and the parts the reader skips.
@Suite("MarkdownReader blocks")
struct MarkdownReaderBlockTests {
    static func read(_ markdown: String) -> Document {
        MarkdownReader.read(SourceText(path: "报告.md", text: markdown))
    }

    static func dump(_ markdown: String) -> String { read(markdown).dump() }

    @Test func pipeTableWithChineseCells() {
        let markdown = """
            表1 学生情况统计表
            | 项目 | 2024年 | 2025年 |
            |:-----|:----:|----:|
            | 在校生（人） | 1,200 | 1,350 |
            | 专任教师\\|兼职 | 80 | |
            注：数据来源于学校统计

            正文。
            """
        #expect(
            Self.dump(markdown) == """
                Caption(table 1) @1:1-1:11 "学生情况统计表"
                Table(4x3) @2:1-6:12
                  | 项目 | 2024年 | 2025年 |
                  | 在校生（人） | 1,200 | 1,350 |
                  | 专任教师|兼职 | 80 |  |
                  | 注：数据来源于学校统计 |
                Paragraph @8:1-8:4 "正文。"
                """)
    }

    @Test func tableCellsMapToTheirSource() throws {
        let document = Self.read("| 😀学校 | 数量 |\n|---|---|\n| 在校生 |  |")
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        let cell = table.rows[0][0].text
        #expect(cell.string == "😀学校")
        #expect(document.source.position(of: cell.sourceSpan.start) == SourcePosition(line: 1, column: 3))
        #expect(document.source.position(of: table.rows[0][1].text.sourceSpan.start).column == 9)
        // An empty cell is empty text that still points into its own cell.
        let empty = table.rows[1][1].text
        #expect(empty.isEmpty)
        #expect(document.source.position(of: empty.sourceSpan.start) == SourcePosition(line: 3, column: 9))
    }

    @Test func pipesWithoutDelimiterRowAreParagraphs() {
        let markdown = """
            项目 | 数量
            在校生 | 1200

            | 表头 | 另一列 |
            |---|
            """
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:1-2:11 "项目 | 数量在校生 | 1200"
                Paragraph @4:1-5:6 "| 表头 | 另一列 ||---|"
                """)
    }

    @Test func tableInterruptsAParagraph() {
        let markdown = "学校专业设置如下：\n专业 | 人数\n--- | ---\n汽修 | 300\n## 1.4 师资队伍"
        #expect(
            Self.dump(markdown) == """
                Paragraph @1:1-1:10 "学校专业设置如下："
                Table(2x2) @2:1-4:9
                  | 专业 | 人数 |
                  | 汽修 | 300 |
                Heading(2) @5:4-5:12 "1.4 师资队伍"
                """)
    }

    @Test func htmlComments() {
        let markdown = """
            <!-- qrlint-disable-next-line text.placeholder -->
            学校名称：XX学校
            <!--
              qrlint-disable numbers.part-sum
            -->
            <!-- 甲 --> <!-- 乙 -->
            <!---->
            正文
            """
        #expect(
            Self.dump(markdown) == """
                Comment @1:1-1:51 "qrlint-disable-next-….placeholder"
                Paragraph @2:1-2:10 "学校名称：XX学校"
                Comment @3:1-5:4 "qrlint-disable numbers.part-sum"
                Comment @6:1-6:11 "甲"
                Comment @6:12-6:22 "乙"
                Comment @7:1-7:8 ""
                Paragraph @8:1-8:3 "正文"
                """)
        guard case .comment(let comment) = Self.read(markdown).blocks[0] else { return }
        #expect(comment.text == "qrlint-disable-next-line text.placeholder")
    }

    @Test func unclosedCommentRunsToTheEnd() {
        #expect(Self.dump("正文\n<!-- 未闭合\n后文") == "Paragraph @1:1-1:3 \"正文\"\nComment @2:1-3:3 \"未闭合\n后文\"")
    }

    @Test func captions() {
        let markdown = """
            图1 学校大门

            **表 2：学生情况统计表**

            典型案例 3：产教融合育人

            【案例2-1】双师共培

            图1所示为学校大门

            图2 学校风貌。

            如图3
            所示

            图4 \(String(repeating: "很长的标题", count: 13))
            """
        #expect(
            Self.dump(markdown) == """
                Caption(figure 1) @1:1-1:8 "学校大门"
                Caption(table 2) @3:1-3:16 "学生情况统计表"
                Caption(caseStudy 3) @5:1-5:14 "产教融合育人"
                Caption(caseStudy 2-1) @7:1-7:12 "双师共培"
                Paragraph @9:1-9:10 "图1所示为学校大门"
                Paragraph @11:1-11:9 "图2 学校风貌。"
                Paragraph @13:1-14:3 "如图3所示"
                Paragraph @16:1-16:69 "图4 很长的标题很长的标题很长的标题很长…标题很长的标题很长的标题"
                """)
    }

    @Test func imageAltTextCaptions() {
        let markdown = """
            ![图3 实训基地](images/base.png)

            ![图4 学生食堂](canteen.png){width=80%}

            图4 学生食堂

            ![校园照片](campus.png)

            ![图5 图书馆](a.png) 后面还有文字
            """
        #expect(
            Self.dump(markdown) == """
                Caption(figure 3) @1:3-1:10 "实训基地"
                Caption(figure 4) @5:1-5:8 "学生食堂"
                Paragraph @9:1-9:24 "![图5 图书馆](a.png) 后面还有文字"
                """)
    }

    @Test func tableOfContentsEntries() {
        let markdown = """
            ## 目 录

            - [一、学校概况](#一学校概况) ........ 1
              - [1.1 基本情况](#11-基本情况)\t2
            二、人才培养 ……3
            1. **2.1 立德树人** 4
            第三章 服务贡献
            2.1

            # 一、学校概况
            - 这是正文
            """
        #expect(
            Self.dump(markdown) == """
                Heading(2) @1:4-1:7 "目 录"
                TOCEntry(1) @3:3-3:30 "一、学校概况"
                TOCEntry(2) @4:5-4:27 "1.1 基本情况"
                TOCEntry(3) @5:1-5:11 "二、人才培养"
                TOCEntry(4) @6:4-6:18 "2.1 立德树人"
                TOCEntry(-) @7:1-7:9 "第三章 服务贡献"
                TOCEntry(-) @8:1-8:4 "2.1"
                Heading(1) @10:3-10:9 "一、 学校概况"
                Paragraph @11:3-11:7 "这是正文"
                """)
    }

    /// A plain entry is read in place: its text maps scalar by scalar onto the source, as the text of an
    /// entry with markup does after the markup is dropped.
    @Test func plainTableOfContentsEntryMapsOntoTheSource() {
        let source = SourceText(path: "t.md", text: "## 目录\n\n 1 学校概况 …… 3 \n*2* 人才培养 12\n")
        let entries = MarkdownReader.read(source).blocks.compactMap { block -> TOCEntry? in
            if case .tocEntry(let entry) = block { return entry }
            return nil
        }
        #expect(entries.count == 2)
        #expect(entries.first?.text == MappedText(source: source, range: 8..<14))
        #expect(entries.first?.page == 3)
        #expect(entries.last?.text.string == "2 人才培养")
        #expect(entries.last?.page == 12)
    }

    @Test func figureTableAndCaseContents() {
        let markdown = """
            ## 图目录
            图1 学校大门 …… 5
            [图2 学生食堂](#t)  6
            ## 表目录
            表1 学生情况统计表 ...... 8
            ## 案例目录
            案例1 双师共培 12
            """
        #expect(
            Self.dump(markdown) == """
                Heading(2) @1:4-1:7 "图目录"
                TOCEntry(5) @2:1-2:13 "图1 学校大门"
                TOCEntry(6) @3:1-3:17 "图2 学生食堂"
                Heading(2) @4:4-4:7 "表目录"
                TOCEntry(8) @5:1-5:20 "表1 学生情况统计表"
                Heading(2) @6:4-6:8 "案例目录"
                TOCEntry(12) @7:1-7:12 "案例1 双师共培"
                """)
    }

    @Test func codeFrontMatterAndBreaksAreSkipped() {
        let markdown = """
            ---
            title: 重庆市星河职业技术学校质量年度报告
            ---
            正文一
            ```text
            # 不是标题
            ```
            ~~~~
            图1 不是图题
            ~~~~
            ***
            [TOC]
            正文二
            - 列表项
            ---
            ```
            未闭合的代码块
            """
        #expect(
            Self.dump(markdown) == """
                Paragraph @4:1-4:4 "正文一"
                Paragraph @13:1-13:4 "正文二"
                Paragraph @14:3-14:6 "列表项"
                """)
    }

    @Test func thematicBreakOnTheFirstLineIsNotFrontMatter() {
        #expect(Self.dump("---\n正文") == "Paragraph @2:1-2:3 \"正文\"")
    }
}
