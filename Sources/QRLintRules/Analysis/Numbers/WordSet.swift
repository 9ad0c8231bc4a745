/// A few words asked about together ("does any of them occur in this stretch of text?"): one pass over the
/// stretch with a bit test per scalar, the words compared only where one of them can start, instead of one
/// search of the stretch per word.
struct WordSet: Sendable {
    /// The words, in the order given; empty words are left out (they occur nowhere).
    let words: [[Unicode.Scalar]]
    private let firsts: ScalarBitSet

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        firsts = ScalarBitSet(self.words.map { $0[0].value })
    }

    /// Whether any of the words lies wholly inside `range` of `s` (the range clipped to `s`).
    func occurs(in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0 else { return false }
        let upper = min(range.upperBound, s.count)
        var i = range.lowerBound
        while i < upper {
            let c = s[i]
            if firsts.contains(c.value) {
                for word in words where word[0] == c && LabelText.hasPrefix(s, i, upper, word) { return true }
            }
            i += 1
        }
        return false
    }
}
