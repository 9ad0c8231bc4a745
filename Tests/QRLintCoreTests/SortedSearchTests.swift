import QRLintCore
import Testing

struct SortedSearchTests {
    static let sorted: [UInt32] = [3, 7, 7, 12, 40]

    @Test func lowerBoundIsTheFirstElementNotBelowTheValue() {
        #expect(Self.sorted.lowerBound(of: 0) == 0)
        #expect(Self.sorted.lowerBound(of: 7) == 1)
        #expect(Self.sorted.lowerBound(of: 8) == 3)
        #expect(Self.sorted.lowerBound(of: 41) == 5)
        #expect([Int]().lowerBound(of: 1) == 0)
    }

    @Test func sortedIndexFindsOnlyPresentValues() {
        #expect(Self.sorted.sortedIndex(of: 12) == 3)
        #expect(Self.sorted.sortedIndex(of: 3) == 0)
        #expect(Self.sorted.sortedIndex(of: 40) == 4)
        #expect(Self.sorted.sortedIndex(of: 8) == nil)
        #expect(Self.sorted.sortedIndex(of: 99) == nil)
    }
}
