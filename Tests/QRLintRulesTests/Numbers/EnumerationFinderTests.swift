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
        let markers = claims("重点抓好三项工作。一是完善制度。二是加强培训。三是强化考核。")
        #expect(markers.first?.items == ["一是", "二是", "三是"])
        #expect(markers.first?.markerBlock != nil)
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
