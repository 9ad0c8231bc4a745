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
        let ratio = Array(analysis.quantities(of: analysis.paragraphs[1]))[1]
        #expect(analysis.facts.value(measure: "students", year: 2025, near: ratio)?.value == 4700)
    }

    /// Facts share a group exactly when they share a key; groups are numbered in the order of their first fact,
    /// and each group's agreed value is the key's.
    @Test func groupsNumberTheKeysInOrder() {
        let analysis = Numbers.analyse(
            "2024年度，学校有教职工 576 人。\n2025年度，学校有教职工 639 人，其中初级“双师型”教师 80 人。\n学校现有教职工 640 人。")
        let index = analysis.facts
        #expect(index.groupOfFact.count == index.facts.count)
        #expect(index.groups.count == index.keys.count)
        for (f, fact) in index.facts.enumerated() {
            let group = index.groupOfFact[f]
            #expect(index.keys[group] == fact.key)
            #expect(index.groups[group].contains(f))
            #expect(index.agreedValue(group: group)?.value == index.agreedValue(for: fact.key)?.value)
        }
        #expect(index.groups.flatMap { $0 }.sorted() == Array(index.facts.indices))
        #expect(index.groups.map { $0[0] } == index.groups.map { $0[0] }.sorted())
        let staff2025 = FactKey(measure: "staff", qualifier: "", parent: "", year: 2025)
        let group = index.keys.firstIndex(of: staff2025)
        #expect(group != nil)
        #expect(group.map { index.groups[$0].count } == 2)
        #expect(group.flatMap { index.agreedValue(group: $0) } == nil)
    }

    /// A change is not a figure of its own: "减少224人" is not 招生 224.
    @Test func changesAreNotFacts() {
        let analysis = Numbers.analyse("2025年学校招生3211人，同比减少224人。")
        #expect(analysis.facts.facts.count == 1)
    }
}
