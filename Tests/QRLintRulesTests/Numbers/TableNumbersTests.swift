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
        #expect(total.label.measure == "students")
        #expect(total.label.qualifier == "")
        guard case .number(let row) = table.cells[2][1] else {
            Issue.record("数控 2024 应是数字")
            return
        }
        #expect(row.year == 2024)
        // A row of one major is that major's figure, not the school's.
        #expect(row.label.qualifier.hasPrefix("数控技术应用"))
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
}
