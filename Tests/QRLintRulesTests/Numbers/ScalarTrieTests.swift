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
}
