import Testing

@testable import QRLintRules

/// Totals and their listed parts: 其中, 分别, 结构, colon, 含 — and the traps.
struct PartSumFinderTests {
    private func claims(_ text: String) -> NumberClaims { Numbers.analyse(text).claims }

    @Test func amongWithAFamily() {
        let c = claims("学校有教职工 492 人，其中在编 310 人、外聘 176 人。")
        #expect(c.partSums.count == 1)
        #expect(c.partSums.first?.total.value == 492)
        #expect(c.partSums.first?.parts.map(\.value) == [310, 176])
        #expect(c.partSums.first?.exhaustive == true)
    }

    /// Nested subsets name no family: not disjoint, never summed.
    @Test func nestedSubsetsAreNotDisjoint() {
        let c = claims("学校累计获得知识产权 520 项，其中专利授权 310 项，发明专利 45 项。")
        #expect(c.partSums.first?.disjoint == false)
    }

    /// 分别: the labels before the cue go to the values in their order, whatever order elsewhere.
    @Test func respectivelyGivesLabelsInOrder() {
        let analysis = Numbers.analyse("学校教职工、专任教师分别为 286 人、240 人。")
        let facts = analysis.facts.facts.map { ($0.key.measure, $0.quantity.value) }
        #expect(facts.contains { $0 == ("staff", 286) })
        #expect(facts.contains { $0 == ("full-time-teachers", 240) })
        let total = claims("学校一、二、三年级学生共 4800 人，分别为 1700 人、1600 人、1500 人。")
        #expect(total.partSums.first?.cue == .respectively)
        #expect(total.partSums.first?.exhaustive == true)
    }

    @Test func structureTakesTheSubjectsTotal() {
        let c = claims("专任教师数488，其中外聘121人。校内专任教师学历结构：硕士32人，本科396人，本科以下60人；职称结构：初级职称121人，中级职称139人。")
        let structures = c.partSums.filter { $0.cue == .structure }
        #expect(structures.count == 2)
        #expect(structures.allSatisfy { $0.total.value == 488 })
        #expect(structures.first?.partition?.family == "education-levels")
    }

    /// 其中 opening a sentence refers to the one amount of the sentence before; with two, it is unclear.
    @Test func amongOpeningASentence() {
        #expect(claims("全区共有毕业生1891人。其中，升学1243人，直接就业572人。").partSums.first?.total.value == 1891)
        #expect(claims("贯通升学394人，高考升学849人。其中本科64人，高职1179人。").partSums.isEmpty)
    }

    /// Two years in one sentence: the parts belong to the later total, not to both.
    @Test func twoYearsInOneSentence() {
        let c = claims("2024 年毕业生 2926 人，2025 年毕业生 3112 人，其中男生 1700 人、女生 1412 人。")
        #expect(c.partSums.first?.total.value == 3112)
    }

    @Test func asidesAndNewSubjectsEndTheList() {
        let aside = claims("两年开发教材38册（8册已正式出版），其中校企合作开发教材17册。")
        #expect(aside.subsets.first?.total.value == 38)
        let subject = claims("对口升学人数2887人，其中统招升学2265人，我校本科上线人数413人。")
        #expect(subject.subsets.first?.parts.map(\.value) == [2265])
        let includes = claims("学校有教职工 286 人（含外聘 40 人）。")
        #expect(includes.subsets.first?.parts.first?.value == 40)
    }
}
