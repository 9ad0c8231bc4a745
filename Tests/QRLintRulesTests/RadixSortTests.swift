import Testing

@testable import QRLintRules

/// The radix sort `NearDuplicates` groups its (shingle, text) entries with, and the hash set that drops a text's
/// repeated shingles.
struct RadixSortTests {
    /// Deterministic pseudo-random values (a 64-bit LCG), with many ties in the high bits.
    private func values(_ count: Int, highBits: Int) -> [UInt64] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let shift = UInt64(64 - highBits)
            return (state >> shift) << shift | (state >> 20) & 0xFFFF
        }
    }

    @Test func sortsWholeIntegersLikeTheStandardSort() {
        var sorted = values(5000, highBits: 64)
        let expected = sorted.sorted()
        RadixSort.sort(&sorted, byBitsFrom: 0)
        #expect(sorted == expected)
    }

    @Test func sortsByHighBitsStablyKeepingTheOrderOfTies() {
        // Few distinct high bits: many values tie there and must keep their input order.
        let input = values(3000, highBits: 6)
        var sorted = input
        RadixSort.sort(&sorted, byBitsFrom: 24)
        let key = { (value: UInt64) in value >> 24 }
        let expected = input.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }
            .map(\.element)
        #expect(sorted == expected)
    }

    @Test func emptyAndSingleInputsAreLeftAlone() {
        var empty: [UInt64] = []
        RadixSort.sort(&empty, byBitsFrom: 0)
        #expect(empty.isEmpty)
        var one: [UInt64] = [42]
        RadixSort.sort(&one, byBitsFrom: 24)
        #expect(one == [42])
    }

    @Test func hashSetReportsEachValueNewOnce() {
        var set = HashSet64(capacity: 100)
        let input: [UInt64] = [0, 5, 0, 7, 5, 1 << 63, 7, 1 << 63, 9]
        #expect(input.map { set.insert($0) } == [true, true, false, true, false, true, false, false, true])
    }

    @Test func shinglesAreTheDistinctWindowHashes() {
        let text = Array("学校学校学校学校学校坚持立德树人".unicodeScalars)
        let shingles = NearDuplicates.shingles(text)
        let windows = (0...(text.count - NearDuplicates.shingle)).map {
            NearDuplicates.fnv(text[$0..<($0 + NearDuplicates.shingle)])
        }
        #expect(Set(shingles) == Set(windows))
        #expect(shingles.count == Set(windows).count)
    }
}
