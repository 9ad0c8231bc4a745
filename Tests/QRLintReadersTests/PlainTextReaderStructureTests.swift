import QRLintCore
import QRLintReaders
import Testing

@Suite("PlainTextReader headings, captions and 目录")
struct PlainTextReaderStructureTests {
    @Test func headingNumberShapes() {
        let text = """
            1 学校概况

            1.1 基本情况

            1.3专业设置

            2.学校发展

            2.1.5“四史”融入思政课教学
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:7 "1 学校概况"
                Heading(2) @3:1-3:9 "1.1 基本情况"
                Heading(2) @5:1-5:8 "1.3 专业设置"
                Heading(1) @7:1-7:7 "2. 学校发展"
                Heading(3) @9:1-9:17 "2.1.5 “四史”融入思政课教学"
                """)
        let (_, blocks) = plainTextBlocks(text)
        guard case .heading(let heading) = blocks[2] else {
            Issue.record("expected a heading, got \(blocks[2])")
            return
        }
        #expect(heading.title.string == "专业设置")
        #expect(heading.number?.text == "1.3")
        #expect(heading.number?.components == [1, 3])
    }

    @Test func caseSectionsNestUnderTheSectionBeforeThem() {
        let text = """
            2 人才培养

            2.5 教师队伍建设

            典型案例 3：校企共建教师发展中心

            一、背景与目的

            学校以教师发展中心为平台，推动教师专业成长。

            二、具体举措

            2.6 实训基地建设

            （一）建设情况
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:7 "2 人才培养"
                Heading(2) @3:1-3:11 "2.5 教师队伍建设"
                Caption(caseStudy 3) @5:1-5:18 "校企共建教师发展中心"
                Heading(3) @7:1-7:8 "一、 背景与目的"
                Paragraph @9:1-9:23 "学校以教师发展中心为平台，推动教师专业成长。"
                Heading(3) @11:1-11:7 "二、 具体举措"
                Heading(2) @13:1-13:11 "2.6 实训基地建设"
                Heading(3) @15:1-15:8 "（一） 建设情况"
                """)
    }

    @Test func chineseTopScheme() {
        let text = "一、学校概况\n\n（一）基本情况\n\n1.办学历史\n\n2.办学条件\n\n（二）专业设置\n\n二、人才培养\n\n第三章 服务贡献"
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:7 "一、 学校概况"
                Heading(2) @3:1-3:8 "（一） 基本情况"
                Heading(3) @5:1-5:7 "1. 办学历史"
                Heading(3) @7:1-7:7 "2. 办学条件"
                Heading(2) @9:1-9:8 "（二） 专业设置"
                Heading(1) @11:1-11:7 "二、 人才培养"
                Heading(2) @13:1-13:9 "第三章 服务贡献"
                """)
    }

    @Test func listItemsYearsAndQuantitiesAreNotHeadings() {
        let text = """
            6 发展保障

            6.2 政策落实

            1.学校办学条件达标工作全面合格；

            2.《职业学校学生实习管理规定》实施以来，学校严守“1 个

            底线”，规范实习管理。

            2023 年：1：20

            1996 年 5 月经市人力社保局批准成立

            27 人。

            96 人；公共管理与服务类 23 人；旅游类 27 人；电子与信息类

            12家企业参与

            3 毕业生本省去向落实率 % 58% 62%
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:7 "6 发展保障"
                Heading(2) @3:1-3:9 "6.2 政策落实"
                Paragraph @5:1-5:18 "1.学校办学条件达标工作全面合格；"
                Paragraph @7:1-9:12 "2.《职业学校学生实习管理规定》实施以来，学校严守“1 个底线”，规范实习管理。"
                Paragraph @11:1-11:12 "2023 年：1：20"
                Paragraph @13:1-13:22 "1996 年 5 月经市人力社保局批准成立"
                Paragraph @15:1-15:6 "27 人。"
                Paragraph @17:1-17:35 "96 人；公共管理与服务类 23 人；旅游类 27 人；电子与信息类"
                Paragraph @19:1-19:8 "12家企业参与"
                Paragraph @21:1-21:23 "3 毕业生本省去向落实率 % 58% 62%"
                """)
    }

    @Test func aHeadingShapedLineInsideAWrappedSentenceIsText() {
        let text = """
            1 学校概况

            学校办学近 30 年，已累计为社会培养培训各类技能人才，总数达

            3.3 万人，为地方经济发展做出了应有的贡献。

            1.2 办学条件
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:7 "1 学校概况"
                Paragraph @3:1-5:24 "学校办学近 30 年，已累计为社会培养培…济发展做出了应有的贡献。"
                Heading(2) @7:1-7:9 "1.2 办学条件"
                """)
    }

    @Test func frontMatterTitlesWithSpaces() {
        let text = "前 言\n\n目　录\n\n内容真实性责任声明\n\n附 表\n\n附件\n\n年报公开形式及网址\n\n案例目录\n\n前言部分"
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:4 "前 言"
                Heading(1) @3:1-3:4 "目　录"
                Heading(1) @5:1-5:10 "内容真实性责任声明"
                Heading(1) @7:1-7:4 "附 表"
                Heading(1) @9:1-9:3 "附件"
                Heading(1) @11:1-11:10 "年报公开形式及网址"
                Heading(1) @13:1-13:5 "案例目录"
                Paragraph @15:1-15:5 "前言部分"
                """)
        let (_, blocks) = plainTextBlocks(text)
        guard case .heading(let heading) = blocks[0] else {
            Issue.record("expected a heading, got \(blocks[0])")
            return
        }
        #expect(heading.number == nil)
    }

    @Test func tableOfContentsLinesAreEntriesNotHeadings() {
        let text = """
            目 录

            前言\t1
            1 学校概况\t1
            1.1 基本情况\t1
            1.2 办学条件 ........ 2

            2 人才培养 3
            - I -
            典型案例 1：校企共建教师发展中心，培育新时代
            “双师型”教师……12

            图目录

            图 1 学校大门\t2
            表 1：学生情况统计表……5

            1 学校概况

            1.1 基本情况

            图 1 学校大门
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:4 "目 录"
                TOCEntry(1) @3:1-3:5 "前言"
                TOCEntry(1) @4:1-4:9 "1 学校概况"
                TOCEntry(1) @5:1-5:11 "1.1 基本情况"
                TOCEntry(2) @6:1-6:20 "1.2 办学条件"
                TOCEntry(3) @8:1-8:9 "2 人才培养"
                TOCEntry(12) @10:1-11:12 "典型案例 1：校企共建教师发展中心，培育新时代“双师型”教师"
                Heading(1) @13:1-13:4 "图目录"
                TOCEntry(2) @15:1-15:11 "图 1 学校大门"
                TOCEntry(5) @16:1-16:15 "表 1：学生情况统计表"
                Heading(1) @18:1-18:7 "1 学校概况"
                Heading(2) @20:1-20:9 "1.1 基本情况"
                Caption(figure 1) @22:1-22:9 "学校大门"
                """)
    }

    /// pdftotext puts the page of a 案例目录 line on a line of its own when the entry and its page do not
    /// share one, or elsewhere in the block (a caption line without a page after an entry is an entry too);
    /// the first body heading, already listed, ends the block even with a page number after it.
    @Test func tocPageOnItsOwnLine() {
        let text = """
            目录

            1 基本情况 2
            2 人才培养 2

            案例目录

            【案例 2-1】区域思政一体化建设 2
            【案例 2-2】技能大赛全员化
            2
            【案例 6-1】区域产教联合体
            3
            【案例 7-1】学校发展新格局

            1 基本情况
            4

            全区现有中等职业学校 3 所。
            """
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:3 "目录"
                TOCEntry(2) @3:1-3:9 "1 基本情况"
                TOCEntry(2) @4:1-4:9 "2 人才培养"
                Heading(1) @6:1-6:5 "案例目录"
                TOCEntry(2) @8:1-8:20 "【案例 2-1】区域思政一体化建设"
                TOCEntry(2) @9:1-10:2 "【案例 2-2】技能大赛全员化"
                TOCEntry(3) @11:1-12:2 "【案例 6-1】区域产教联合体"
                TOCEntry(-) @13:1-13:16 "【案例 7-1】学校发展新格局"
                Heading(1) @15:1-15:7 "1 基本情况"
                Paragraph @16:1-16:2 "4"
                Paragraph @18:1-18:16 "全区现有中等职业学校 3 所。"
                """)
    }

    @Test func aTitleWithATabAndPageIsAnEntryAnywhere() {
        let text = "前言\n\n2.1 立德树人\t6\n\n表 2 学生情况统计表......8\n\n合计\t3697"
        #expect(
            plainTextDump(text) == """
                Heading(1) @1:1-1:3 "前言"
                TOCEntry(6) @3:1-3:11 "2.1 立德树人"
                TOCEntry(8) @5:1-5:19 "表 2 学生情况统计表"
                Paragraph @7:1-7:8 "合计\t3697"
                """)
    }

    @Test func captions() {
        let text = """
            图1：学校大门
            表 2 学生情况统计表

            典型案例 3：“三力协同”构筑学校清廉教师队伍建设新生态

            案例4

            校企共建教师发展中心

            图 5 所示为学校实训基地，学校共建成实训基地 12 个。

            案例 6：“未来工匠”读书行动∙探索《星河学校的七年
            岁月》
            """
        #expect(
            plainTextDump(text) == """
                Caption(figure 1) @1:1-1:8 "学校大门"
                Caption(table 2) @2:1-2:12 "学生情况统计表"
                Caption(caseStudy 3) @4:1-4:29 "“三力协同”构筑学校清廉教师队伍建设新生态"
                Caption(caseStudy 4) @6:1-8:11 "校企共建教师发展中心"
                Paragraph @10:1-10:30 "图 5 所示为学校实训基地，学校共建成实训基地 12 个。"
                Caption(caseStudy 6) @12:1-13:4 "“未来工匠”读书行动∙探索《星河学校的七年岁月》"
                """)
    }
}
