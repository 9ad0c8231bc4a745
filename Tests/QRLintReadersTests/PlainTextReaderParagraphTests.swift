import QRLintCore
import QRLintReaders
import Testing

@Suite("PlainTextReader paragraphs")
struct PlainTextReaderParagraphTests {
    @Test func wrappedLinesJoinAcrossBlankLines() {
        let text = """
            重庆市星河职业技术学校

            2025 年度质量年度报告

            1 学校概况

            1.1 基本情况

            重庆市星河职业技术学校是一所公办中等职业学校，始建于

            1985 年，学校占地面积 120 亩，现有在校生 3200 人，教职工

            286 人。学校开设专业 12 个，其中市级骨干专业 3 个。

            学校坚持立德树人根本任务，深化产教融合，累计为社会培养
            技能人才 4.2 万人。
            """
        #expect(
            plainTextDump(text) == """
                Paragraph @1:1-1:12 "重庆市星河职业技术学校"
                Paragraph @3:1-3:14 "2025 年度质量年度报告"
                Heading(1) @5:1-5:7 "1 学校概况"
                Heading(2) @7:1-7:9 "1.1 基本情况"
                Paragraph @9:1-13:32 "重庆市星河职业技术学校是一所公办中等职业…中市级骨干专业 3 个。"
                Paragraph @15:1-16:13 "学校坚持立德树人根本任务，深化产教融合，累计为社会培养技能人才 4.2 万人。"
                """)
        #expect(
            paragraphTexts(text)[2]
                == "重庆市星河职业技术学校是一所公办中等职业学校，始建于1985 年，学校占地面积 120 亩，现有在校生 3200 人，"
                + "教职工286 人。学校开设专业 12 个，其中市级骨干专业 3 个。")
    }

    @Test func splitNumberAndPageNumbersInsideASentence() {
        let text = """
            学校现有教职工共计 12
            34 人，其中专任教师 1002 人，兼职教师 232 人，外聘行业

            - 5 -

            导师 45 人。学校生师比为 18：1，双师型教师占比 86%，高

            6

            于全市平均水平。
            """
        #expect(plainTextDump(text) == #"Paragraph @1:1-10:9 "学校现有教职工共计 1234 人，其中专…6%，高于全市平均水平。""#)
        #expect(
            paragraphTexts(text) == [
                "学校现有教职工共计 1234 人，其中专任教师 1002 人，兼职教师 232 人，外聘行业导师 45 人。"
                    + "学校生师比为 18：1，双师型教师占比 86%，高于全市平均水平。"
            ])
    }

    @Test func otherPageNumberShapesAreDropped() {
        let text = "学校坚持立德树人根本任务，深化产教融合，累计为社会培养\n\n— 12 —\n\n第 13 页\n\n14 / 40\n\n技能人才 4.2 万人。"
        #expect(paragraphTexts(text) == ["学校坚持立德树人根本任务，深化产教融合，累计为社会培养技能人才 4.2 万人。"])
    }

    @Test func loneNumbersOutsideSentencesAreKept() {
        let text = """
            表 3 学生规模近三年变化趋势

            997

            363 339

            96%

            学校在校生人数稳定增长，招生人数和毕业生人数保持平稳。
            """
        #expect(
            plainTextDump(text) == """
                Caption(table 3) @1:1-1:16 "学生规模近三年变化趋势"
                Paragraph @3:1-3:4 "997"
                Paragraph @5:1-5:8 "363 339"
                Paragraph @7:1-7:4 "96%"
                Paragraph @9:1-9:28 "学校在校生人数稳定增长，招生人数和毕业生人数保持平稳。"
                """)
    }

    @Test func flattenedTableRowsAreNotJoined() {
        let text = """
            学校严格按照有关规定落实各项资助政策，各项指标统计如下：

            1 毕业生人数* 人 312 305

            2 毕业生满意度 % 93% 95% 1187 问卷、访谈

            3 教职工满意度* % 98% 98% 96 问卷
            """
        #expect(
            plainTextDump(text) == """
                Paragraph @1:1-1:29 "学校严格按照有关规定落实各项资助政策，各项指标统计如下："
                Paragraph @3:1-3:19 "1 毕业生人数* 人 312 305"
                Paragraph @5:1-5:30 "2 毕业生满意度 % 93% 95% 1187 问卷、访谈"
                Paragraph @7:1-7:26 "3 教职工满意度* % 98% 98% 96 问卷"
                """)
    }

    @Test func coverLinesStayApart() {
        let text = """
            重庆市星河职业技术学校
            CHONGQING XINGHE VOCATIONAL SCHOOL
            国家级重点中等职业学校

            重庆市星河职业技术学校
            2026 年 1 月 5 日
            """
        #expect(
            plainTextDump(text) == """
                Paragraph @1:1-1:12 "重庆市星河职业技术学校"
                Paragraph @2:1-2:35 "CHONGQING XINGHE VOCATIONAL SCHOOL"
                Paragraph @3:1-3:12 "国家级重点中等职业学校"
                Paragraph @5:1-5:12 "重庆市星河职业技术学校"
                Paragraph @6:1-6:15 "2026 年 1 月 5 日"
                """)
    }

    @Test func aLineEndingWithAFullStopEndsTheParagraph() {
        let text = "学校现有在校生 3200 人，教职工 286 人，开设专业 12 个。\n其中市级骨干专业 3 个，市级特色专业 2 个，校级品牌专业 4 个。"
        #expect(paragraphTexts(text).count == 2)
    }

    @Test func closingQuoteAfterAFullStopEndsTheParagraph() {
        let text = "学生们说：“在学校里学到了真本领，对未来充满信心。”\n学校将继续深化产教融合，推动学生全面发展。"
        #expect(paragraphTexts(text).count == 2)
    }

    @Test func aListAfterAColonStartsNewParagraphs() {
        let text = "近两年学校围绕办学条件达标，主要做了以下工作：\n\n1.学校办学条件达标工作全面合格；\n\n2.学生实习管理规范有序。"
        #expect(
            paragraphTexts(text) == [
                "近两年学校围绕办学条件达标，主要做了以下工作：", "1.学校办学条件达标工作全面合格；", "2.学生实习管理规范有序。",
            ])
    }

    @Test func latinWordsJoinWithOneSpace() {
        let text = "The school cooperates with Changan Automobile and\nFord Motor Company on training programs."
        #expect(
            paragraphTexts(text) == [
                "The school cooperates with Changan Automobile and Ford Motor Company on training programs."
            ])
    }

    @Test func joinedTextMapsBackToTheSource() {
        let text = "  学校现有在校生 3200 人，教职工 286 人，开设专业 12 个，其中\n  市级骨干专业 3 个。  "
        let (source, blocks) = plainTextBlocks(text)
        guard case .paragraph(let paragraph) = blocks.first else {
            Issue.record("expected a paragraph, got \(blocks)")
            return
        }
        let secondLineStart = paragraph.text.scalars.firstIndex(of: "市")!
        #expect(
            source.position(of: paragraph.text.sourceOffset(at: secondLineStart)) == SourcePosition(line: 2, column: 3))
        let number = paragraph.text.string.unicodeScalars.count - "3 个。".unicodeScalars.count
        #expect(source.position(of: paragraph.text.sourceOffset(at: number)) == SourcePosition(line: 2, column: 10))
        #expect(source.position(of: paragraph.span.start) == SourcePosition(line: 1, column: 3))
        #expect(source.position(of: paragraph.span.end) == SourcePosition(line: 2, column: 14))
    }

    @Test func syntheticSpaceMapsToTheLineBreak() {
        let text = "The school cooperates with\nFord Motor Company."
        let (source, blocks) = plainTextBlocks(text)
        guard case .paragraph(let paragraph) = blocks.first else {
            Issue.record("expected a paragraph, got \(blocks)")
            return
        }
        let space = "The school cooperates with".unicodeScalars.count
        #expect(paragraph.text.scalars[space] == " ")
        #expect(source.position(of: paragraph.text.sourceOffset(at: space)) == SourcePosition(line: 1, column: 27))
    }

    @Test func crlfAndOtherWhiteSpace() {
        let text =
            "\u{FEFF}1 学校概况\r\n\r\n\u{3000}\u{3000}学校现有在校生 3200 人，教职工 286 人，开设专业 12 个，其中\u{A0}\r\n市级骨干专业 3 个。\r\n"
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:2-1:8 "1 学校概况"
                Paragraph @3:3-4:12 "学校现有在校生 3200 人，教职工 2…中市级骨干专业 3 个。"
                """)
        #expect(paragraphTexts(text) == ["学校现有在校生 3200 人，教职工 286 人，开设专业 12 个，其中市级骨干专业 3 个。"])
    }

    @Test func emptyAndBlankInputs() {
        #expect(plainTextBlocks("").1.isEmpty)
        #expect(plainTextBlocks("\u{FEFF}  \n\n \t \n\r\n\u{3000}").1.isEmpty)
    }

    @Test func runningHeadersAreDropped() {
        let header = "重庆市星河职业技术学校 2025 年度质量年度报告"
        let text = """
            \(header)

            1 学校概况

            学校始建于 1985 年，是一所公办中等职业学校，现有在校生 3200 人，教职工

            \(header)

            - 2 -

            286 人。

            2 人才培养

            学校坚持立德树人。

            \(header)

            3 服务贡献

            学校服务地方发展。

            \(header)
            """
        #expect(
            plainTextDump(text) == """
                Paragraph @1:1-1:26 "重庆市星河职业技术学校 2025 年度质量年度报告"
                Heading(1) @3:1-3:7 "1 学校概况"
                Paragraph @5:1-11:7 "学校始建于 1985 年，是一所公办中等… 人，教职工286 人。"
                Heading(1) @13:1-13:7 "2 人才培养"
                Paragraph @15:1-15:10 "学校坚持立德树人。"
                Heading(1) @19:1-19:7 "3 服务贡献"
                Paragraph @21:1-21:10 "学校服务地方发展。"
                """)
    }

    @Test func runningHeadersOfManyTextsAreDroppedAndTwiceSeenLinesKept() {
        // Twenty headers, each three times, fill the grouping table well beyond its first slots.
        let places = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉")
        var text = "1 学校概况\n\n"
        for _ in 0..<3 {
            for place in places { text += "重庆市\(place)区职业学校质量年报\n\n学校坚持立德树人。\n\n" }
        }
        text += "仅出现两次的标题行\n\n学校坚持立德树人。\n\n仅出现两次的标题行\n\n学校服务地方发展。"
        let texts = paragraphTexts(text)
        #expect(!texts.contains { $0.hasPrefix("重庆市") })
        #expect(texts.filter { $0 == "仅出现两次的标题行" }.count == 2)
        #expect(texts.filter { $0 == "学校坚持立德树人。" }.count == 61)
    }

    @Test func commentLines() {
        let text = "qrlint: disable-next-line text.placeholder\n学校现有在校生 XXX 人。"
        #expect(
            plainTextDump(text) == """
                Comment @1:1-1:43 "disable-next-line text.placeholder"
                Paragraph @2:1-2:15 "学校现有在校生 XXX 人。"
                """)
    }

    private func paragraphTexts(_ text: String) -> [String] {
        plainTextBlocks(text).1.compactMap { block in
            if case .paragraph(let p) = block { return p.text.string }
            return nil
        }
    }
}

/// Reads `text` with the plain-text reader and returns the dump, for comparing with expected lines.
func plainTextDump(_ text: String) -> String {
    PlainTextReader.read(SourceText(path: "test.txt", text: text)).dump()
}

func plainTextBlocks(_ text: String) -> (SourceText, [Block]) {
    let source = SourceText(path: "test.txt", text: text)
    return (source, PlainTextReader.read(source).blocks)
}
