import Testing

@testable import QRLintRules

struct FactIndexTests {
    @Test func keysByMeasureQualifierAndYear() {
        let analysis = Numbers.analyse(
            "2024年度，学校有教职工 576 人。\n2025年度，学校有教职工 639 人，其中初级“双师型”教师 80 人。\n学校现有教职工 639 人。")
        let staff2025 = FactKey(measure: "staff", qualifier: "", parent: "", year: 2025)
        #expect(analysis.facts.facts(for: staff2025).count == 2)
        #expect(analysis.facts.agreedValue(for: staff2025)?.value == 639)
        #expect(
            analysis.facts.agreedValue(for: FactKey(measure: "staff", qualifier: "", parent: "", year: 2024))?.value
                == 576)
        let junior = FactKey(measure: "dual-teachers", qualifier: "初级", parent: "", year: 2025)
        #expect(analysis.facts.facts(for: junior).count == 1)
    }

    /// Values that disagree have no agreed value; the nearest one in the same paragraph still serves.
    @Test func disagreement() {
        let analysis = Numbers.analyse("学校在校生 4800 人。\n学校在校生 4700 人，生师比 19.6。")
        let key = FactKey(measure: "students", qualifier: "", parent: "", year: 2025)
        #expect(analysis.facts.agreedValue(for: key) == nil)
        let ratio = analysis.paragraphs[1].quantities[1]
        #expect(analysis.facts.value(measure: "students", year: 2025, near: ratio)?.value == 4700)
    }

    /// A change is not a figure of its own: "减少224人" is not 招生 224.
    @Test func changesAreNotFacts() {
        let analysis = Numbers.analyse("2025年学校招生3211人，同比减少224人。")
        #expect(analysis.facts.facts.count == 1)
    }
}
