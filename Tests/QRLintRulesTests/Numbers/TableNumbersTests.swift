import Testing

@testable import QRLintRules

struct TableNumbersTests {
    /// Merged header cells, year columns and a 合计 row.
    @Test func headersYearsAndRoles() throws {
        let analysis = Numbers.analyseMarkdown(
            """
            | 专业 | 在校生人数 | | 就业率 |
            | --- | --- | --- | --- |
            | | 2024 | 2025 | |
            | 数控技术应用 | 1150 | 1200 | 96% |
            | 汽车运用与维修 | 1400 | 1500 | 98% |
            | 合计 | 2550 | 2700 | 97% |
            """)
        let table = try #require(analysis.tables.first)
        #expect(table.headerRowCount == 2)
        #expect(table.columnHeaders[2] == ["在校生人数", "2025"])
        #expect(table.roles.last == .total)
        #expect(table.unsummable == [3])
        guard case .number(let total) = table.cells[4][2] else {
            Issue.record("合计 2025 应是数字")
            return
        }
        #expect(total.year == 2025)
        #expect(Numbers.measure(total.label) == "students")
        #expect(analysis.qualifier(total.label) == "")
        guard case .number(let row) = table.cells[2][1] else {
            Issue.record("数控 2024 应是数字")
            return
        }
        #expect(row.year == 2024)
        // A row of one major is that major's figure, not the school's.
        #expect(analysis.qualifier(row.label).hasPrefix("数控技术应用"))
    }

    /// Rows whose label is a year: the columns name the measures.
    @Test func yearRows() throws {
        let analysis = Numbers.analyseMarkdown(
            """
            | 年份 | 教职工总数(人) | 专任教师数(人) |
            | --- | --- | --- |
            | 2024年度 | 576 | 488 |
            | 2025年度 | 639 | 488 |
            """)
        let facts = analysis.facts.facts.map { ($0.key.measure, $0.key.year, $0.quantity.value) }
        #expect(facts.contains { $0 == ("staff", 2025, 639) })
        #expect(facts.contains { $0 == ("full-time-teachers", 2024, 488) })
    }

    /// Label keys compare by bytes: the same text, unit and kind find each other; any difference does not.
    @Test func labelKeysCompareBytes() {
        typealias Key = TableNumbersReader.LabelKey
        let a = Key(text: "专任教师数", baseUnit: 1, kind: .count)
        let b = Key(text: String("专任教师数".unicodeScalars.map(Character.init)), baseUnit: 1, kind: .count)
        #expect(a == b)
        #expect(a.hash == b.hash)
        #expect(!(a == Key(text: "专任教师", baseUnit: 1, kind: .count)))
        #expect(!(a == Key(text: "专任教师数", baseUnit: nil, kind: .count)))
        #expect(!(a == Key(text: "专任教师数", baseUnit: 1, kind: .bare)))
        let one = MeasureLabel(scalars: .empty, range: 0..<1, measure: 1, qualifier: .empty)
        let two = MeasureLabel(scalars: .empty, range: 0..<2, measure: 2, qualifier: .empty)
        var labels = TableNumbersReader.LabelCache(capacity: 2)
        labels.add(a, one)
        labels.add(Key(text: "", baseUnit: nil, kind: .bare), two)
        #expect(labels[b]?.range == 0..<1)
        #expect(labels[Key(text: "", baseUnit: nil, kind: .bare)]?.range == 0..<2)
        #expect(labels[Key(text: "专任教师", baseUnit: 1, kind: .count)] == nil)
        #expect(labels[Key(text: "专任教师数", baseUnit: 1, kind: .bare)] == nil)
    }

    /// The first-scalar check only spares searching: headers with and without a rate word read as before.
    @Test func rateHeaders() {
        for header in ["就业率", "生师比(%)", "占比", "年度", "平均分", "排名", "％"] {
            #expect(TableNumbersReader.isRateHeader(header), "\(header)")
        }
        for header in ["在校生人数", "专业", "", "金额（万元）", "2024"] {
            #expect(!TableNumbersReader.isRateHeader(header), "\(header)")
        }
    }

    @Test func concatenatedJoinsInOrder() {
        #expect(TableNumbersReader.concatenated(["初级", "双师型"].reversed()) == "双师型初级")
        #expect(TableNumbersReader.concatenated(["a", "", "b"][0..<2]) == "a")
        #expect(TableNumbersReader.concatenated([String]()) == "")
    }

    /// Taking a number cell's quantity leaves the cell empty; any other cell is left as it was.
    @Test func takeQuantityMovesOnlyNumbers() throws {
        let analysis = Numbers.analyseMarkdown(
            """
            | 专业 | 在校生人数 |
            | --- | --- |
            | 数控技术应用 | 1150 |
            """)
        let table = try #require(analysis.tables.first)
        var number = table.cells[1][1]
        let taken = number.takeQuantity()
        let quantity = try #require(taken)
        #expect(quantity.value == 1150)
        guard case .empty = number else {
            Issue.record("取出数字后单元格应为空")
            return
        }
        var text = table.cells[1][0]
        let none = text.takeQuantity()
        #expect(none == nil)
        guard case .text = text else {
            Issue.record("文字单元格应保持不变")
            return
        }
    }
}
