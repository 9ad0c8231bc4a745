import QRLintCore
import QRLintReaders
import Testing

@Suite("PlainTextReader tables")
struct PlainTextReaderTableTests {
    @Test func tabSeparatedRowsKeepEmptyLeadingCells() {
        let text = "年份\t在校生(人)\t招生(人)\t毕业生(人)\n2023\t3100\t1050\t980\n\t\t2024\t3200\n合计\t6300\n\n表 1 学生规模"
        #expect(
            plainTextDump(text) == """
                Table(4x4) @1:1-4:8
                  | 年份 | 在校生(人) | 招生(人) | 毕业生(人) |
                  | 2023 | 3100 | 1050 | 980 |
                  |  |  | 2024 | 3200 |
                  | 合计 | 6300 |
                Caption(table 1) @6:1-6:9 "学生规模"
                """)
    }

    @Test func spaceAlignedRows() {
        let text = "专业    在校生    招生\n数控技术应用    420    150\n汽车运用与维修    380    120\n\n学校  共有  在校生 3200 人。"
        #expect(
            plainTextDump(text) == """
                Table(3x3) @1:1-3:22
                  | 专业 | 在校生 | 招生 |
                  | 数控技术应用 | 420 | 150 |
                  | 汽车运用与维修 | 380 | 120 |
                Paragraph @5:1-5:20 "学校  共有  在校生 3200 人。"
                """)
    }

    @Test func pipeRows() {
        let text = "| 指标 | 2023 年 | 2024 年 |\n|---|---|---|\n| 在校生 | 3100 | 3200 |\n\n| 单行 | 表格 |"
        #expect(
            plainTextDump(text) == """
                Table(2x3) @1:1-3:22
                  | 指标 | 2023 年 | 2024 年 |
                  | 在校生 | 3100 | 3200 |
                Paragraph @5:1-5:12 "| 单行 | 表格 |"
                """)
    }

    /// PDF text of a narrow table: one cell per line, row by row, under its caption.
    @Test func oneCellPerLineUnderATableCaption() {
        let text =
            "表 1 学生情况统计表\n年级\n人数\n2023 年\n一年级\n1700\n1650\n二年级\n1600\n1580\n合计\n3300\n3230\n"
            + "学校招生 1600 人。"
        #expect(
            plainTextDump(text) == """
                Caption(table 1) @1:1-1:12 "学生情况统计表"
                Table(4x3) @2:1-13:5
                  | 年级 | 人数 | 2023 年 |
                  | 一年级 | 1700 | 1650 |
                  | 二年级 | 1600 | 1580 |
                  | 合计 | 3300 | 3230 |
                Paragraph @14:1-14:13 "学校招生 1600 人。"
                """)
    }

    /// Without a table caption, column by column (a wider table), or with a 序号 column out of place, the
    /// lines are not in row order: they stay text.
    @Test func cellLinesThatAreNotRows() {
        let rows = "年级\n人数\n一年级\n1700\n二年级\n1600\n合计\n3300"
        #expect(!plainTextDump(rows).contains("Table"))
        let byColumn = "表 1 学生情况\n年级\n一年级\n二年级\n合计\n人数\n1700\n1600\n3300"
        #expect(!plainTextDump(byColumn).contains("Table"))
        let numbered = "表 1 附表\n序号\n指标\n单位\n1\n在校生人数人\n2\n毕业生人数人\n3"
        #expect(!plainTextDump(numbered).contains("Table"))
        let short = "表 1 学生情况\n年级\n人数\n一年级\n1700\n学校招生 1600 人。"
        #expect(!plainTextDump(short).contains("Table"))
    }

    @Test func aSingleLineNeedsThreeCells() {
        let text = "学校\t共有在校生 3200 人。\n\n专业\t在校生\t招生"
        #expect(
            plainTextDump(text) == """
                Paragraph @1:1-1:17 "学校\t共有在校生 3200 人。"
                Table(1x3) @3:1-3:10
                  | 专业 | 在校生 | 招生 |
                """)
    }

    @Test func cellsMapBackToTheSource() {
        let text = "专业\t在校生\n数控技术应用\t420"
        let (source, blocks) = plainTextBlocks(text)
        guard case .table(let table) = blocks.first else {
            Issue.record("expected a table, got \(blocks)")
            return
        }
        let cell = table.rows[1][1].text
        #expect(cell.string == "420")
        #expect(source.position(of: cell.sourceSpan.start) == SourcePosition(line: 2, column: 8))
    }
}

@Suite("PlainTextReader scale")
struct PlainTextReaderScaleTests {
    /// Only checks that a large input goes through (no timing assertion): a quadratic step would make this
    /// test crawl, a recursion would blow the stack.
    @Test func oneMegabyteOfText() {
        let page = """
            2.\(1) 基本情况

            重庆市星河职业技术学校是一所公办中等职业学校，始建于

            1985 年，学校占地面积 120 亩，现有在校生 3200 人。
            - 5 -
            年份\t在校生\t招生
            2024\t3200\t1050
            图 1 学校大门
            目 录
            1.1 基本情况\t1

            """
        let repeats = 1_000_000 / page.utf8.count + 1
        let text = String(repeating: page, count: repeats)
        let (_, blocks) = plainTextBlocks(text)
        #expect(blocks.count >= repeats * 5)
    }
}
