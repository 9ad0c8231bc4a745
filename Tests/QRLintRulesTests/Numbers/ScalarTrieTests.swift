import Testing

@testable import QRLintRules

struct ScalarTrieTests {
    @Test func longestMatchWins() {
        var trie = ScalarTrie()
        trie.insert("在校生".unicodeScalars, value: 1)
        trie.insert("在校".unicodeScalars, value: 2)
        trie.insert("在校生".unicodeScalars, value: 3)
        #expect(trie.longestMatch("在校生人数".unicodeScalars)?.value == 1)
        #expect(trie.longestMatch("在校生人数".unicodeScalars)?.length == 3)
        #expect(trie.longestMatch("在校学生".unicodeScalars)?.value == 2)
        #expect(trie.longestMatch("教师".unicodeScalars) == nil)
    }

    /// Labels are stored reversed: the longest label that ends a phrase.
    @Test func labelEndingAPhrase() {
        let label = Array("初级双师素质".unicodeScalars)
        #expect(Numbers.lexicon.measure(endingLabel: label[...])?.labelLength == 4)
    }

    /// The flat layout of a finished trie answers as the child lists do, and an insertion after it is seen.
    @Test func finishedTrieMatchesLists() {
        var trie = ScalarTrie()
        let words = ["生校在", "校在", "数人生校在", "师教", "师教任专", "x"]
        for (k, word) in words.enumerated() { trie.insert(word.unicodeScalars, value: k) }
        var finished = trie
        finished.finish()
        for phrase in ["全校在校生人数", "专任教师", "教师", "在校", "人数", "", "x", "专任教师x"] {
            let scalars = Array(phrase.unicodeScalars)
            let expected = trie.longestMatch(scalars.reversed())
            #expect(finished.longestMatch(endingAt: scalars[...])?.value == expected?.value)
            #expect(finished.longestMatch(endingAt: scalars[...])?.length == expected?.length)
            #expect(trie.longestMatch(endingAt: scalars[...])?.value == expected?.value)
        }
        finished.insert("数人".unicodeScalars, value: 9)
        #expect(finished.longestMatch(endingAt: Array("人数".unicodeScalars)[...])?.value == 9)
    }
}
