import Testing

@testable import QRLintRules

struct WordSetTests {
    private let words = WordSet(["另有", "共", "合计", ""])

    /// The same answer as searching the stretch for each word in turn.
    @Test func occursAsAnyWord() {
        let s = Array("学校另有教师3人，合计".unicodeScalars)
        #expect(words.occurs(in: s, 0..<s.count))
        #expect(words.occurs(in: s, 2..<4))
        #expect(!words.occurs(in: s, 3..<9))
        // A word cut by the end of the stretch does not occur in it.
        #expect(!words.occurs(in: s, 0..<3))
        #expect(words.occurs(in: s, 9..<100))
        #expect(!words.occurs(in: s, 5..<5))
        for lower in 0..<s.count {
            for upper in lower...s.count {
                let expected = words.words.contains { word in
                    (lower...max(lower, upper - word.count)).contains { i in
                        i + word.count <= upper && Array(s[i..<(i + word.count)]) == word
                    }
                }
                #expect(words.occurs(in: s, lower..<upper) == expected)
            }
        }
    }

    @Test func emptyWordsAreLeftOut() {
        #expect(words.words.count == 3)
    }
}
