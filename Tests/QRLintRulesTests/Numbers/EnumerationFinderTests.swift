import Testing

@testable import QRLintRules

struct EnumerationFinderTests {
    private func claims(_ text: String) -> [EnumerationClaim] { Numbers.analyse(text).claims.enumerations }

    @Test func listBeforeTheCount() {
        let c = claims("学校形成智能制造、现代服务两个专业群。")
        #expect(c.first?.items.count == 2)
        #expect(c.first?.count.value == 2)
        #expect(claims("开设职教高考班、中高职贯通班和就业班三个班型。").first?.items.count == 3)
        #expect(claims("开设计算机、数控、汽修等12个专业。").first?.open == true)
    }

    @Test func listAfterAColonAndMarkers() {
        #expect(claims("从四个方面推进：完善制度；加强培训；强化考核。").first?.items.count == 3)
        let document = NumberPackExamples.document("重点抓好三项工作。一是完善制度。二是加强培训。三是强化考核。")
        let markers = NumberAnalysis(document: document, lexicon: Numbers.lexicon, reportYear: 2025).claims.enumerations
        #expect(markers.first?.itemTexts(in: document) == ["一是", "二是", "三是"])
        #expect(markers.first?.itemSpans(in: document).map(\.start) == [9, 16, 23])
        #expect(markers.first?.markerBlock != nil)
    }

    /// Items are kept as ranges; their texts are made from the paragraph only for a message.
    @Test func itemTextsFromTheParagraph() {
        let document = NumberPackExamples.document("第一段。\n开设职教高考班、中高职贯通班和就业班三个班型。")
        let claim = NumberAnalysis(document: document, lexicon: Numbers.lexicon, reportYear: 2025).claims
            .enumerations.first
        #expect(claim?.block == 1)
        #expect(claim?.itemTexts(in: document) == ["开设职教高考班", "中高职贯通班", "就业班"])
        // "A、B和C" whose last name holds 和 counts the joined name as one item when that matches the count.
        let joined = claims("推进产教融合、校企合作和协同育人两项改革。").first
        #expect(joined?.items.count == 2)
    }

    /// Items with numbers are amounts; "一、二、三等奖9个" abbreviates; a count in quotes is a name.
    @Test func notEnumerations() {
        #expect(claims("获一等奖3项、二等奖5项、三等奖5项。").isEmpty)
        #expect(claims("获市级大赛一、二、三等奖9个。").isEmpty)
        #expect(claims("增强“四个意识”、坚定“四个自信”。").isEmpty)
    }

    /// The units a list can be counted in, by their one scalar.
    @Test func listUnits() {
        #expect(EnumerationFinder.isListUnit("个"))
        #expect(EnumerationFinder.isListUnit("项"))
        #expect(!EnumerationFinder.isListUnit("人"))
        #expect(!EnumerationFinder.isListUnit("个月"))
        #expect(!EnumerationFinder.isListUnit(""))
    }
}
