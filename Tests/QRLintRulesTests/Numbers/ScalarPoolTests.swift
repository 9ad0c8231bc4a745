import Testing

@testable import QRLintRules

/// The buffer the number analysis keeps its short texts in.
struct ScalarPoolTests {
    @Test func runsGiveBackWhatWasAdded() {
        var pool = ScalarPool()
        let s = Array("学校有教职工286人".unicodeScalars)
        let label = pool.add(s, 3..<6)
        let number = pool.add(s[6...])
        let joined = pool.add("数控技术应用|初级")
        #expect(pool.string(label) == "教职工")
        #expect(pool.string(number) == "286人")
        #expect(pool.string(joined) == "数控技术应用|初级")
        #expect(label.count == 3)
        #expect(Array(pool[number]) == Array("286人".unicodeScalars))
    }

    @Test func emptyTextsAddNothing() {
        var pool = ScalarPool()
        #expect(pool.add([], 0..<0) == .empty)
        #expect(pool.add("") == .empty)
        #expect(pool.scalars.isEmpty)
        #expect(pool.string(.empty) == "")
        #expect(ScalarPool.Run.empty.isEmpty)
    }

    @Test func sameComparesScalars() {
        var pool = ScalarPool()
        let a = pool.add("初级")
        let b = pool.add("初级")
        let c = pool.add("中级")
        #expect(a != b)
        #expect(pool.same(a, b))
        #expect(!pool.same(a, c))
        #expect(pool.same(.empty, .empty))
    }

    @Test func truncateForgetsTheLastTexts() {
        var pool = ScalarPool()
        let kept = pool.add("在校生")
        let count = pool.scalars.count
        _ = pool.add("市级 3 个")
        pool.truncate(to: count)
        #expect(pool.scalars.count == count)
        #expect(pool.string(kept) == "在校生")
        pool.truncate(to: count + 10)
        #expect(pool.scalars.count == count)
    }
}
