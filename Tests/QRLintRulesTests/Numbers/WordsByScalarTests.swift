import Testing

@testable import QRLintRules

/// Word lists grouped by their first or last scalar, matched in place.
struct WordsByScalarTests {
    private let prefixes = WordsByScalar(
        ["学校", "学", "全区", "全校", "其中"].map { Array($0.unicodeScalars) }, key: \.first)
    private let suffixes = WordsByScalar(["分别为", "为", "达到", "达"].map { Array($0.unicodeScalars) }, key: \.last)

    @Test func firstMatchingWordInListOrderThatLeavesSomething() {
        let s = Array("学校教师".unicodeScalars)
        #expect(prefixes.prefixLength(of: s, 0, s.count) == 2)
        // "学校" would leave nothing: "学" is the first word that leaves something.
        #expect(prefixes.prefixLength(of: s, 0, 2) == 1)
        #expect(prefixes.prefixLength(of: s, 2, s.count) == 0)
        let t = Array("在校生人数分别为".unicodeScalars)
        #expect(suffixes.suffixLength(of: t, 0, t.count) == 3)
        #expect(suffixes.suffixLength(of: t, 0, t.count - 1) == 0)
        // "分别为" alone: only "为" leaves something.
        #expect(suffixes.suffixLength(of: t, 5, t.count) == 1)
        #expect(suffixes.suffixLength(of: t, 7, t.count) == 0)
    }

    @Test func groupsKeepTheListOrder() {
        #expect(prefixes.words(for: "全").map { String(String.UnicodeScalarView($0)) } == ["全区", "全校"])
        #expect(suffixes.words(for: "为").map { String(String.UnicodeScalarView($0)) } == ["分别为", "为"])
        #expect(prefixes.words(for: "教").isEmpty)
    }
}
