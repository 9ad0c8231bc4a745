import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

/// The shared scan of running text and the date reading the writing-norm rules rely on.
struct ProseScanTests {
    private func scan(_ markdown: String, phrases: [String]) -> ProseScan {
        let document = MarkdownReader.read(SourceText(path: "x.md", text: markdown))
        return ProseScan(document: document, phrases: phrases)
    }

    @Test func phrasesMatchAcrossQuotesSpacesWidthAndCase() {
        let prose = scan("学校编制“十四五”规划，完成 ＴＯＤＯ 和 todo 事项。", phrases: ["十四五规划", "todo"])
        let plan = prose.hits(of: "十四五规划")
        #expect(plan.count == 1)
        #expect(plan.first.map(prose.text) == "十四五”规划")
        #expect(prose.hits(of: "todo").count == 2)
    }

    @Test func unitsCoverParagraphsHeadingsCaptionsAndCellsButNotComments() {
        let markdown = """
            # 1 学校概况

            正文一段。

            <!-- 注释，不是正文 -->

            | 指标 | 本年 |
            |---|---|
            | 教师 | 240 |
            """
        let prose = scan(markdown, phrases: [])
        let kinds = prose.units.map(\.kind)
        #expect(kinds.contains(.heading) && kinds.contains(.paragraph) && kinds.contains(.tableCell))
        #expect(!prose.units.indices.contains { prose.text(of: $0).string.contains("注释") })
    }

    @Test func signsArePunctuationAndSymbolsAndPlaceholderLetters() {
        let prose = scan("学校,共3所。XX学校 abc 有×Ｘ个（１２）", phrases: [])
        let unit = prose.text(of: 0)
        let signed = prose.signs.of(0).map { unit.scalars[$0] }
        #expect(signed == [",", "。", "X", "X", "×", "Ｘ", "（", "）"])
    }

    @Test func numbersStartAtADigitAfterNoDigit() {
        let prose = scan("学校共312所，１２个，2024-2025学年，3.14。", phrases: [])
        let unit = prose.text(of: 0)
        let starts = prose.numbers.of(0).map { String(unit.scalars[$0...].prefix(2).map(Character.init)) }
        #expect(starts == ["31", "１２", "20", "20", "3.", "14"])
    }

    @Test func positionsAreKeptUnitByUnit() {
        var positions = ProsePositions()
        positions.append(3, "a")
        positions.append(7, "-")
        positions.endUnit()
        positions.endUnit()
        positions.append(1, "b")
        positions.endUnit()
        positions.append(2, "-")
        positions.append(5, "-")
        positions.endUnit()
        #expect(positions.unitCount == 4)
        #expect(Array(positions.of(0)) == [3, 7])
        #expect(positions.of(1).isEmpty)
        #expect(positions.range(of: 2) == 2..<3)
        #expect(positions.indices == [3, 7, 1, 2, 5])
        #expect(positions.scalars == ["a", "-", "b", "-", "-"])
        var visited: [Int] = []
        var ranges: [Range<Int>] = []
        positions.forEachUnit(having: { $0 == "-" }) { unit, range in
            visited.append(unit)
            ranges.append(range)
        }
        #expect(visited == [0, 3])
        #expect(ranges == [0..<2, 3..<5])
        positions.forEachUnit(having: { $0 == "z" }) { _, _ in Issue.record("no unit has a z") }
    }

    /// The builder `ProseScan` appends through keeps every position when it outgrows its first capacity.
    @Test func builderKeepsPositionsPastItsCapacity() {
        let builder = ProsePositions.Builder(reservingCapacity: 0, units: 0)
        var expected = ProsePositions()
        for unit in 0..<5 {
            for i in 0..<(unit * 7) {
                let scalar = Unicode.Scalar(UInt8(0x41 + i % 26))
                builder.append(i, scalar)
                expected.append(i, scalar)
            }
            builder.endUnit()
            expected.endUnit()
        }
        let built = builder.build()
        #expect(built.indices == expected.indices)
        #expect(built.scalars == expected.scalars)
        #expect(built.unitCount == 5)
        #expect((0..<5).allSatisfy { built.range(of: $0) == expected.range(of: $0) })
    }

    @Test func phraseEdgesFindEveryChildAfterGrowing() {
        var edges = PhraseEdges()
        for node in 0..<300 { edges.insert(parent: node, UInt32(0x4E00 + node % 7), child: node + 1) }
        for node in 0..<300 {
            #expect(edges.child(of: node, UInt32(0x4E00 + node % 7)) == node + 1)
            #expect(edges.child(of: node, UInt32(0x4E00 + node % 7 + 1)) == nil)
        }
        #expect(PhraseEdges().child(of: 0, 0x41) == nil)
    }

    @Test func phrasesStartingWithDigitsOrAloneAreFoundAmongNumbers() {
        let prose = scan("2020大会，20 大，第20届，二零二五年，“十四”五，TODO。", phrases: ["20大", "20届", "零", "todo", "十四五"])
        #expect(prose.hits(of: "20大").map(prose.text) == ["20大", "20 大"])
        #expect(prose.hits(of: "20届").count == 1)
        #expect(prose.hits(of: "零").count == 1)
        #expect(prose.hits(of: "todo").count == 1)
        #expect(prose.hits(of: "十四五").map(prose.text) == ["十四”五"])
    }

    @Test func longestAndNestedPhrasesAllMatch() {
        let prose = scan("推进十四五规划和十四五。", phrases: ["十四五", "十四五规划", "规划"])
        #expect(prose.hits(of: "十四五").count == 2)
        #expect(prose.hits(of: "十四五规划").count == 1)
        #expect(prose.hits(of: "规划").count == 1)
        #expect(prose.hits(of: ["十四五", "十四五规划"]).map(prose.text) == ["十四五规划", "十四五"])
    }

    @Test func spansMapBackToTheSource() {
        let text = "<!-- 😀 -->\n\n学校编制“十四五”规划。"
        let prose = scan(text, phrases: ["十四五"])
        let hit = try! #require(prose.hits(of: "十四五").first)
        let span = prose.span(hit)
        #expect(SourceText(path: "", text: text).text(in: span.range) == "十四五")
    }

    @Test func unitTextsAndSpansAreReadFromTheDocument() {
        let markdown = "# 1 学校概况\n\n| 指标 | 本年 |\n|---|---|\n| 教师 | 240 |\n\n正文。"
        let prose = scan(markdown, phrases: [])
        let source = SourceText(path: "", text: markdown)
        let cells = prose.units.indices.filter { prose.units[$0].kind == .tableCell }
        #expect(cells.map { prose.text(of: $0).string } == ["指标", "本年", "教师", "240"])
        prose.scalars.withUnits { texts in
            for index in prose.units.indices {
                let text = prose.text(of: index)
                #expect(Array(texts[index]) == text.scalars)
                #expect(source.text(in: prose.span(of: index, 0..<text.count).range) == text.string)
            }
        }
        let last = try! #require(cells.last)
        #expect(source.text(in: prose.span(of: last, at: 1).range) == "4")
    }

    @Test func datesReadInPlaceAsInAnArray() {
        let scalars = Array("于2026年1月5日完成".unicodeScalars)
        let inPlace = scalars.withUnsafeBufferPointer { DateText.date($0, at: 1)?.0 }
        #expect(inPlace == WrittenDate(year: 2026, month: 1, day: 5))
        #expect(inPlace == DateText.date(scalars, at: 1)?.0)
        #expect(scalars.withUnsafeBufferPointer { ChineseNumberText.decimal($0, at: 0) } == nil)
    }

    @Test func datesInTheirWrittenForms() {
        func date(_ text: String) -> WrittenDate? {
            let scalars = Array(text.unicodeScalars)
            return DateText.date(scalars, at: 0)?.0
        }
        #expect(date("2026 年 1 月 5 日") == WrittenDate(year: 2026, month: 1, day: 5))
        #expect(date("2026年3月") == WrittenDate(year: 2026, month: 3))
        #expect(date("2026-01-05") == WrittenDate(year: 2026, month: 1, day: 5))
        #expect(date("二〇二六年一月十五日") == WrittenDate(year: 2026, month: 1, day: 15))
        #expect(date("2026-00001") == nil)
        #expect(date("12026年1月") == nil)
        #expect(WrittenDate(year: 2026, month: 1).isAfter(WrittenDate(year: 2026, month: 1, day: 8)) == false)
        #expect(WrittenDate(year: 2026, month: 2).isAfter(WrittenDate(year: 2026, month: 1, day: 8)))
    }

    @Test func signatureDateIsTheLatestDateStandingAlone() {
        let markdown = """
            # 重庆市星河职业技术学校 2025 年度质量年度报告

            2026 年 1 月 5 日

            ## 内容真实性责任声明

            学校对报告的真实性负责。

            2026 年 1 月 8 日

            ## 1 学校概况

            2026年1月10日，学校召开大会。
            """
        let document = MarkdownReader.read(SourceText(path: "x.md", text: markdown))
        let firstChapter = document.blocks.firstIndex {
            if case .heading(let h) = $0 { return h.number != nil }
            return false
        }!
        let signature = SignatureDate.find(in: document, firstChapterBlock: firstChapter)
        #expect(signature?.date == WrittenDate(year: 2026, month: 1, day: 8))
    }

    @Test func signatureDateFromAPublicationField() {
        let markdown = """
            | [ 成文日期 ] | 2026-01-04 | [ 发布日期 ] | 2026-01-05 |
            |---|---|---|---|

            # 1 学校概况
            """
        let document = MarkdownReader.read(SourceText(path: "x.md", text: markdown))
        let signature = SignatureDate.find(in: document, firstChapterBlock: document.blocks.count - 1)
        #expect(signature?.date == WrittenDate(year: 2026, month: 1, day: 5))
    }
}
