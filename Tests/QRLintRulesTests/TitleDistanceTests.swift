@testable import QRLintRules
import Testing

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
}
