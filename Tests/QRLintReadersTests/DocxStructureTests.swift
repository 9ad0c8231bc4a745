import QRLintCore
import QRLintReaders
import Testing

/// Tables, 目录, captions, comments, breaks and fields: what a `.docx` body holds besides headings.
@Suite("DocxReader structure")
struct DocxStructureTests {
    static func cell(_ text: String, span: Int? = nil, merge: String? = nil) -> String {
        var properties = ""
        if let span { properties += #"<w:gridSpan w:val="\#(span)"/>"# }
        if let merge { properties += merge == "continue" ? "<w:vMerge/>" : #"<w:vMerge w:val="\#(merge)"/>"# }
        let tcPr = properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>"
        return "<w:tc>\(tcPr)\(TestDocx.p(text))</w:tc>"
    }

    static func table(columns: Int, _ rows: [[String]]) -> String {
        let grid = "<w:tblGrid>" + String(repeating: #"<w:gridCol w:w="1000"/>"#, count: columns) + "</w:tblGrid>"
        return "<w:tbl>\(grid)" + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    @Test func mergedCellsKeepColumnsAligned() throws {
        let body =
            TestDocx.p("表 1 学生情况统计表")
            + Self.table(
                columns: 4,
                [
                    [Self.cell("项目", merge: "restart"), Self.cell("人数", span: 2), Self.cell("备注")],
                    [Self.cell("", merge: "continue"), Self.cell("2024"), Self.cell("2025"), Self.cell("")],
                    [Self.cell("在校生"), Self.cell("4600"), Self.cell("4800"), Self.cell("增长")],
                    ["<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Self.cell("合计", span: 2)],
                ]) + TestDocx.p("表后的段落。")
        let document = try TestDocx.read(body: body)
        #expect(
            document.dump() == """
                Caption(table 1) @1:1-1:12 "学生情况统计表"
                Table(4x4) @2:1-13:3
                  | 项目 | 人数 |  | 备注 |
                  |  | 2024 | 2025 |  |
                  | 在校生 | 4600 | 4800 | 增长 |
                  |  | 合计 |  |  |
                Paragraph @14:1-14:7 "表后的段落。"
                """)
        // Every cell paragraph is a paragraph of the document: "4800" is paragraph 11.
        guard case .table(let table) = document.blocks[1] else { return }
        let cell = table.rows[2][2].text
        #expect(document.source.position(of: cell.sourceSpan.start) == SourcePosition(line: 11, column: 1))
    }

    @Test func cellParagraphsJoinWithoutBreakingNumbers() throws {
        let twoParagraphs = "<w:tc>" + TestDocx.p("学生") + TestDocx.p("人数") + "</w:tc>"
        let numbers = "<w:tc>" + TestDocx.p("312") + TestDocx.p("305") + "</w:tc>"
        let body = Self.table(columns: 2, [[twoParagraphs, numbers], [Self.cell("a"), Self.cell("b")]])
        let document = try TestDocx.read(body: body)
        #expect(document.dump().contains("| 学生人数 | 312 305 |"))
    }

    /// A one-cell table is a frame around text (a 案例 box): its paragraphs are read as body text.
    @Test func oneCellTableIsAFrame() throws {
        let frame =
            "<w:tbl><w:tr><w:tc>" + TestDocx.p("案例1：产教融合育人") + TestDocx.p("学校与企业共建实训基地。")
            + "</w:tc></w:tr></w:tbl>"
        let document = try TestDocx.read(body: frame)
        #expect(
            document.dump() == """
                Caption(caseStudy 1) @1:1-1:11 "产教融合育人"
                Paragraph @2:1-2:13 "学校与企业共建实训基地。"
                """)
    }

    /// Word's 目录: a content control with the TOC heading, one TOC field over all its lines.
    @Test func tocFieldEntries() throws {
        let styles = [
            TestDocx.style("TOCHeading", name: "TOC Heading"),
            TestDocx.style("TOC1", name: "toc 1"),
            TestDocx.style("TOC2", name: "toc 2"),
            TestDocx.style("1", name: "heading 1", outlineLevel: 0),
        ].joined()
        func entry(_ text: String, page: Int, style: String, begin: Bool = false, end: Bool = false) -> String {
            var runs = ""
            if begin {
                runs += #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
                runs += #"<w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r>"#
                runs += #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            }
            runs += #"<w:hyperlink w:anchor="_Toc1"><w:r><w:t>\#(text)</w:t></w:r><w:r><w:tab/></w:r>"#
            runs += #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            runs += #"<w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r>"#
            runs += #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\#(page)</w:t></w:r>"#
            runs += #"<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>"#
            if end { runs += #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"# }
            return #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr>\#(runs)</w:p>"#
        }
        let toc =
            #"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>"#
            + "</w:sdtPr><w:sdtContent>"
            + TestDocx.p("目  录", style: "TOCHeading")
            + entry("1 学校概况", page: 1, style: "TOC1", begin: true)
            + entry("1.1 基本情况", page: 2, style: "TOC2")
            + entry("2 人才培养", page: 12, style: "TOC1", end: true)
            + "</w:sdtContent></w:sdt>"
        let document = try TestDocx.read(body: toc + TestDocx.p("1 学校概况", style: "1"), styles: styles)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:5 "目  录"
                TOCEntry(1) @2:1-2:9 "1 学校概况"
                TOCEntry(2) @3:1-3:11 "1.1 基本情况"
                TOCEntry(12) @4:1-4:10 "2 人才培养"
                Heading(1) @5:1-5:7 "1 学校概况"
                """)
    }

    /// A 目录 typed by hand (or pasted as text) under a 目录 title.
    @Test func typedTOCSection() throws {
        let body = [
            TestDocx.p("目录"), TestDocx.p("前言……………………1"), TestDocx.p("一、学校概况\t2"), TestDocx.p("一、学校概况"),
        ].joined()
        let document = try TestDocx.read(body: body)
        #expect(
            document.dump() == """
                Heading(1) @1:1-1:3 "目录"
                TOCEntry(1) @2:1-2:12 "前言"
                TOCEntry(2) @3:1-3:9 "一、学校概况"
                Heading(1) @4:1-4:7 "一、 学校概况"
                """)
    }

    @Test func captionsByShapeAndByStyle() throws {
        let styles = TestDocx.style("Caption", name: "caption")
        let body = [
            TestDocx.p("图1 学校大门"),
            TestDocx.p("表 2-1：近三年招生情况（按专业大类统计，含中高职贯通班、五年制高职班及职教高考班）", style: "Caption"),
            TestDocx.p("图1所示为学校大门。"),
        ].joined()
        let document = try TestDocx.read(body: body, styles: styles)
        #expect(
            document.dump() == """
                Caption(figure 1) @1:1-1:8 "学校大门"
                Caption(table 2-1) @2:1-2:44 "近三年招生情况（按专业大类统计，含中高职贯通班、五年制高职班及职教高考班）"
                Paragraph @3:1-3:11 "图1所示为学校大门。"
                """)
    }

    @Test func qrlintDisableCommentSpansTheCommentedParagraph() throws {
        let comments = """
            <w:comment w:id="0" w:author="编辑"><w:p><w:r>\
            <w:t>qrlint-disable structure.numbering -- 按学校惯例编号</w:t></w:r></w:p></w:comment>\
            <w:comment w:id="1" w:author="编辑"><w:p><w:r><w:t>请核对数字</w:t></w:r></w:p></w:comment>
            """
        let body =
            TestDocx.p("学校概况")
            + #"<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>1.6 学生规模</w:t></w:r>"#
            + #"<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#
            + #"<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>学校全日制在校生 4800 人。</w:t></w:r>"#
            + #"<w:commentRangeEnd w:id="1"/></w:p>"#
        let document = try TestDocx.read(body: body, comments: comments)
        #expect(
            document.dump() == """
                Paragraph @1:1-1:5 "学校概况"
                Comment @2:1-2:9 "qrlint-disable struc…g -- 按学校惯例编号"
                Heading(2) @2:1-2:9 "1.6 学生规模"
                Paragraph @3:1-3:17 "学校全日制在校生 4800 人。"
                """)
    }

    @Test func commentAcrossParagraphsAtBodyLevel() throws {
        // Word's AutoCorrect capitalises the first letter of a comment.
        let comments = #"<w:comment w:id="7"><w:p><w:r><w:t>Qrlint-disable</w:t></w:r></w:p></w:comment>"#
        let body =
            TestDocx.p("第一段。") + #"<w:commentRangeStart w:id="7"/>"# + TestDocx.p("第二段。") + TestDocx.p("第三段。")
            + #"<w:commentRangeEnd w:id="7"/>"# + TestDocx.p("第四段。")
        let document = try TestDocx.read(body: body, comments: comments)
        #expect(document.dump().contains(#"Comment @2:1-3:5 "qrlint-disable""#))
        guard case .comment = document.blocks[1] else {
            Issue.record("the comment goes before the first commented paragraph")
            return
        }
    }

    @Test func softBreaksTabsAndColumns() throws {
        let document = try TestDocx.read(body: TestDocx.p("学校概况") + TestDocx.p("第一行\n第二行\t数据|尾"))
        #expect(document.source.lineText(2) == "第一行 第二行\t数据尾")
        #expect(document.source.lineCount == 2)
        let offset = document.source.lineStarts[1] + 8
        #expect(document.source.position(of: offset) == SourcePosition(line: 2, column: 9))
    }

    /// Field codes are not text; field results, tracked insertions and hyperlinks are; deletions are not.
    @Test func fieldsAndTrackedChanges() throws {
        let body = """
            <w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>\
            <w:p><w:r><w:t>学校</w:t></w:r><w:del><w:r><w:delText>原来的</w:delText></w:r></w:del>\
            <w:ins><w:r><w:t>新建</w:t></w:r></w:ins><w:hyperlink><w:r><w:t>实训中心</w:t></w:r></w:hyperlink>\
            <w:fldSimple w:instr="SEQ 表"><w:r><w:t>2</w:t></w:r></w:fldSimple>\
            <w:r><mc:AlternateContent><mc:Choice><w:t>图中文字</w:t></mc:Choice></mc:AlternateContent></w:r></w:p>
            """
        let document = try TestDocx.read(body: body)
        #expect(document.source.lineText(1) == "第3页")
        #expect(document.source.lineText(2) == "学校新建实训中心2")
    }

    @Test func emptyDocument() throws {
        let document = try TestDocx.read(body: "")
        #expect(document.blocks.isEmpty)
        #expect(document.source.scalars.isEmpty)
    }

    @Test func deflatedPartsAndEntities() throws {
        let bytes = TestDocx.package(body: TestDocx.p("A&B <学校> “概况”"), deflated: true)
        let document = try DocxReader.read(bytes: bytes, path: "报告.docx")
        #expect(document.source.lineText(1) == "A&B <学校> “概况”")
    }
}
