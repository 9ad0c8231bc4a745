import QRLintCore

/// The quantities and years of one paragraph, with where its sentences start. A class: the claim finders each
/// keep the paragraph they read, and a reference is one retain where a copy of the five arrays was five.
public final class TextNumbers: Sendable {
    public let block: Int
    public let text: MappedText
    public let quantities: [Quantity]
    let years: [YearMention]
    /// Where each sentence starts in `text` (0 included), ascending.
    public let sentenceStarts: [Int]

    /// Copies the arrays of a scan buffer (which goes on to the next text) at their size.
    init(block: Int, text: MappedText, scan: borrowing QuantityScanner.Scan) {
        self.block = block
        self.text = text
        self.quantities = scan.quantities.withUnsafeBufferPointer { Array($0) }
        self.years = scan.years.isEmpty ? [] : scan.years.withUnsafeBufferPointer { Array($0) }
        let sentences = scan.sentenceCount
        self.sentenceStarts = scan.sentenceStarts.withUnsafeBufferPointer { Array($0[..<sentences]) }
    }

    /// The sentence an offset of `text` falls in, as the range of the sentence.
    public func sentence(containing offset: Int) -> Range<Int> {
        var low = 0
        var high = sentenceStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentenceStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let end = low + 1 < sentenceStarts.count ? sentenceStarts[low + 1] : text.count
        return sentenceStarts[low]..<end
    }

    /// Whether `word` occurs in `range` of the text.
    func contains(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        find(word, in: range) != nil
    }

    /// The first place `word` occurs in `range` of the text.
    func find(_ word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        let s = text.scalars
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
        let s = text.scalars
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
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        return String(scalars: text.scalars[lower..<upper])
    }
}
