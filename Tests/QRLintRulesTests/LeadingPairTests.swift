import Testing

@testable import QRLintRules

/// `BlockPrefixes.PairReader` (the first two comparable scalars of a block, read piece by piece) and the array
/// fast path of `ComparableText.of`, which must fold exactly like the path for other sequences.
struct LeadingPairTests {
    private func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    @Test func readsTheFirstTwoComparableScalarsAcrossPieces() {
        var reader = BlockPrefixes.PairReader()
        reader.read("（".unicodeScalars)
        #expect(reader.pair == nil)
        reader.read(Array("一）、 学校".unicodeScalars))
        #expect(reader.pair == pair("一", "学"))
        // Once found, later pieces change nothing.
        reader.read(Array("图表".unicodeScalars))
        #expect(reader.pair == pair("一", "学"))
    }

    @Test func stopsAtTheLimitOfAPiece() {
        var reader = BlockPrefixes.PairReader()
        reader.read(Array("，，，学校".unicodeScalars), limit: 4)
        #expect(reader.pair == nil)
        var folded = BlockPrefixes.PairReader()
        folded.read(Array("Ａ b".unicodeScalars), limit: 3)
        #expect(folded.pair == pair("a", "b"))
    }

    @Test func arrayFastPathFoldsLikeAnySequence() {
        let text = "图 6: 2026 届毕业班ＡＢＣ，Ｘ２　学生“满意度”达 98.5%。Ünïcode ①②"
        let slow = ComparableText.of(text.unicodeScalars)
        #expect(ComparableText.of(Array(text.unicodeScalars)) == slow)
        #expect(
            ComparableText.of(Array(text.unicodeScalars)[3...]) == ComparableText.of(text.unicodeScalars.dropFirst(3)))
        #expect(ComparableText.of([Unicode.Scalar]()) == [])
        #expect(ComparableText.of(Array("，。".unicodeScalars)) == [])
        #expect(ComparableText.of(Array("图 6: 2026 届ＡＢ".unicodeScalars)) == Array("图62026届ab".unicodeScalars))
    }
}
