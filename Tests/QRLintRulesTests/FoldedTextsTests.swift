import Testing

@testable import QRLintRules

/// `FoldedTexts` (comparable texts end to end in one array) must fold like `ComparableText.of`, and compare and
/// hash texts by their scalars alone; `HashSet64` must be empty again after `removeAll`.
struct FoldedTextsTests {
    @Test func foldsLikeComparableTextAndDropsShortTexts() {
        var texts = FoldedTexts()
        let a = Array("图 6: 2026 届毕业班ＡＢＣ，Ｘ２　学生“满意度”达 98.5%。".unicodeScalars)
        let kept = [
            texts.append(folding: a), texts.append(folding: Array("，，学校。".unicodeScalars), minimum: 3),
            texts.append(folding: Array("学校，。概况".unicodeScalars), minimum: 4),
        ]
        #expect(kept == [true, false, true])
        #expect(texts.count == 2)
        #expect(texts[0] == ComparableText.of(a))
        #expect(texts[1] == Array("学校概况".unicodeScalars))
    }

    @Test func foldsScalarsReadInPlaceAsAnArray() {
        var fromArray = FoldedTexts()
        var inPlace = FoldedTexts()
        for text in ["图 6: 2026 届毕业班ＡＢＣ，Ｘ２", "，，学校。", "学校，。概况"] {
            let scalars = Array(text.unicodeScalars)
            let kept = fromArray.append(folding: scalars, minimum: 3)
            #expect(scalars.withUnsafeBufferPointer { inPlace.append(folding: $0, minimum: 3) } == kept)
        }
        #expect(inPlace.count == fromArray.count)
        for i in 0..<inPlace.count { #expect(inPlace[i] == fromArray[i]) }
    }

    @Test func equalAndHashFollowTheScalars() {
        var texts = FoldedTexts()
        // Lengths around the eight-byte steps, many texts to make the array grow.
        let words = ["学", "学校", "学校概", "学校概况", "学校概况一", "学校概况一二三", "学校概况一二三四"]
        for _ in 0..<200 {
            for word in words { texts.append(folding: Array(word.unicodeScalars)) }
        }
        texts.append(folding: Array("，。".unicodeScalars))
        texts.append(folded: [])
        for i in 0..<words.count {
            for j in 0..<words.count {
                #expect(texts.equal(i, j) == (i == j))
            }
            #expect(texts.equal(i, i + words.count * 150))
            #expect(texts.hash(i) == texts.hash(i + words.count * 37))
            #expect(texts[i + words.count * 199] == Array(words[i].unicodeScalars))
        }
        let empty = texts.count - 1
        #expect(texts.equal(empty, empty - 1))
        #expect(!texts.equal(empty, 0))
        #expect(texts.hash(empty) == texts.hash(empty - 1))
        #expect(texts.withText(3) { Array($0) } == Array("学校概况".unicodeScalars))
    }

    @Test func hashSetIsEmptyAfterRemoveAll() {
        var set = HashSet64(capacity: 8)
        let first = [set.insert(0), set.insert(5), set.insert(1 << 63), set.insert(0), set.insert(5)]
        #expect(first == [true, true, true, false, false])
        set.removeAll()
        let second = [set.insert(5), set.insert(0), set.insert(5), set.insert(1 << 63)]
        #expect(second == [true, true, false, true])
    }
}
