import Testing

@testable import QRLintRules

struct TitleDistanceTests {
    static func distance(_ x: String, _ y: String, limit: Int = 2) -> Int {
        TitleText.distance(Array(x.unicodeScalars), Array(y.unicodeScalars), limit: limit)
    }

    @Test func countsEditsUpToTheLimit() {
        #expect(Self.distance("学校概况", "学校概况") == 0)
        #expect(Self.distance("学校概况", "学校概貌") == 1)
        #expect(Self.distance("学生发展", "学生全面发展") == 2)
        #expect(Self.distance("服务贡献", "服务奉献", limit: 1) == 1)
    }

    @Test func stopsPastTheLimit() {
        #expect(Self.distance("国际合作", "面临挑战", limit: 2) == 3)
        #expect(Self.distance("产教融合", "产教融合与校企合作", limit: 2) == 3)
    }

    @Test func handlesEmptyTitles() {
        #expect(Self.distance("", "党建", limit: 2) == 2)
        #expect(Self.distance("党建", "", limit: 2) == 2)
        #expect(Self.distance("", "", limit: 2) == 0)
    }

    /// The scalar bits never rule out a pair within the limit: checked against the distance on many pairs,
    /// including scalars 64 apart (the same bit).
    @Test func scalarBitsNeverRuleOutANearPair() {
        let titles = [
            "学校概况", "学校概貌", "学生发展", "学生全面发展", "服务贡献", "服务奉献", "国际合作", "面临挑战",
            "产教融合", "产教融合与校企合作", "党建", "", "AB", "A\u{81}B", "概况学校", "学校学校概况",
        ]
        for x in titles {
            for y in titles {
                for limit in 0...3 {
                    let near = Self.distance(x, y, limit: limit) <= limit
                    let bits = TitleText.mayBeNear(
                        TitleKey(x).scalarBits, TitleKey(y).scalarBits, limit: limit)
                    if near { #expect(bits, "\(x) / \(y), limit \(limit)") }
                }
            }
        }
        // Two scalars the other title lacks: more than one edit.
        #expect(!TitleText.mayBeNear(TitleKey("学校概况").scalarBits, TitleKey("学校风采").scalarBits, limit: 1))
    }

    /// A heading compared through pointers gets what the by-value comparison gets.
    @Test func matchThroughPointersAgreesWithTheValueForm() {
        let target = NormalizedTitle("学校概况", aliases: ["基本情况"])
        for (written, expected) in [
            ("学校概况", TitleMatch.exact), ("基本情况", .alias("基本情况")), ("学校概貌", .near),
            ("学校風采", nil),
        ] as [(String, TitleMatch?)] {
            #expect(TitleMatch.of(normalized: written, target: target) == expected)
        }
        let long = NormalizedTitle("深化产教融合校企合作", aliases: [])
        #expect(TitleMatch.of(normalized: "深化产教融合与校企合作", target: long) == .near)
        #expect(TitleMatch.of(normalized: "深化产教融合", target: long) == nil)
    }
}
