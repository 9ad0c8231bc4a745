import QRLintCore

/// A paragraph's text with where its sentences start, as the claim finders read it while the analysis is built.
/// The starts are borrowed from the analysis's document-wide array, valid only inside `NumberClaims.init`: a
/// finder's copy of the view retains the text and nothing else, and no array is made per paragraph. Only the
/// scalars are kept: the finders never map back to the source, and a whole `MappedText` was two references to
/// retain and release for every finder's copy.
struct ParagraphText {
    let block: Int
    let scalars: [Unicode.Scalar]
    /// Where each sentence starts in `scalars` (0 included), ascending.
    let sentenceStarts: UnsafeBufferPointer<Int>

    /// The sentence an offset of `scalars` falls in, as the range of the sentence.
    func sentence(containing offset: Int) -> Range<Int> {
        SentenceLookup.sentence(sentenceStarts, length: scalars.count, containing: offset)
    }

    /// Whether `word` occurs in `range` of the text.
    func contains(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        find(word, in: range) != nil
    }

    /// The first place `word` occurs in `range` of the text.
    func find(_ word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        let s = scalars
        let upper = min(range.upperBound, s.count)
        guard let first = word.first, upper - range.lowerBound >= word.count, range.lowerBound >= 0 else { return nil }
        var i = range.lowerBound
        while i + word.count <= upper {
            if s[i] == first, LabelText.hasPrefix(s, i, upper, word) { return i }
            i += 1
        }
        return nil
    }

    /// The last place `word` occurs in `range` of the text.
    func findLast(_ word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        let s = scalars
        let upper = min(range.upperBound, s.count)
        guard upper - range.lowerBound >= word.count, range.lowerBound >= 0 else { return nil }
        var i = upper - word.count
        while i >= range.lowerBound {
            if LabelText.hasPrefix(s, i, upper, word) { return i }
            i -= 1
        }
        return nil
    }

    /// The text of a range, for messages.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }
}
