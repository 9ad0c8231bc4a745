import Testing

@testable import QRLintRules

struct ShareFinderTests {
    private func claims(_ text: String) -> NumberClaims { Numbers.analyse(text).claims }

    @Test func baseFromTheTotalOfTheList() {
        let c = claims("全区共有毕业生1891人。其中，升学深造1243人，占总数的65.7%。")
        #expect(c.shares.first?.part.value == 1243)
        #expect(c.shares.first?.base.value == 1891)
    }

    @Test func namedBaseInTheParagraphOrElsewhere() {
        let here = claims("学校有专任教师240人，“双师型”教师150人，占专任教师总数的62.5%。")
        #expect(here.shares.first?.base.value == 240)
        let elsewhere = claims("具有副高级职称的教师28人，占专任教师总数的7.4%。")
        #expect(Numbers.measure(elsewhere.unresolvedShares.first?.baseLabel) == "full-time-teachers")
        let inside = claims("贯通培养学生1678人，约占全区在校生总数（5175人）的三分之一。")
        #expect(inside.shares.first?.base.value == 5175)
    }

    /// A new subject between the amount and 占 means the share is of something else.
    @Test func noPartAcrossANewSubject() {
        #expect(claims("学校有教职工 286 人，本科学历占 80%。").shares.isEmpty)
        #expect(claims("学校有教职工 286 人，本科学历占 80%。").unresolvedShares.isEmpty)
    }

    @Test func complements() {
        let c = claims("生源来自本区的占91.6%。其余9.4%来自区外。")
        #expect(c.complements.first?.rest.value == 9.4)
        #expect(c.complements.first?.others.map(\.value) == [91.6])
    }

    /// A change is not a share: "较上年增长12%".
    @Test func changesAreNotShares() {
        #expect(claims("学校经费收入9000万元，占比较上年增长12%。").shares.isEmpty)
    }

    /// The scalar-by-scalar test of a generic base label answers as the string test does, and declines labels
    /// with a scalar that is not simple.
    @Test func genericLabelsByScalarAgreeWithTheStringTest() {
        let labels = [
            "", "的", "比", "比例", "的比重", "比率", "总数", "在校生总数", "全校学生的总人数", "教职工合计", "合计人数",
            "经费总额", "招生总量", "得分总和", "全体在校学生总数", "专任教师", "学生数", "总数的", "A总数", "ab合计",
        ]
        for label in labels {
            let scalars = Array(label.unicodeScalars)[...]
            #expect(ShareFinder.isGeneric(simpleScalars: scalars) == ShareFinder.isGeneric(label), "\(label)")
        }
        #expect(ShareFinder.isGeneric(simpleScalars: Array("总数\u{301}".unicodeScalars)[...]) == nil)
    }
}
