/// Where one paragraph's numbers are in the analysis's document-wide arrays. Plain offsets: the paragraphs of a
/// document are one allocation, and copying or dropping one retains and frees nothing (an object with arrays of
/// its own per paragraph was three to four allocations each, and as many frees when the analysis went).
public struct ParagraphNumbers: Sendable, Hashable {
    /// The paragraph's index in the document's blocks.
    public let block: Int
    /// Its quantities: a range of `NumberAnalysis.quantities`, in text order.
    public let quantities: Range<Int>
    /// Where its sentences start: a range of `NumberAnalysis.sentenceStarts` (the first start is 0).
    let sentences: Range<Int>
    /// The text's length in scalars: where its last sentence ends.
    let length: Int
}

/// The sentence an offset falls in, from the ascending starts of a text's sentences (0 included).
enum SentenceLookup {
    static func sentence(_ starts: UnsafeBufferPointer<Int>, length: Int, containing offset: Int) -> Range<Int> {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let end = low + 1 < starts.count ? starts[low + 1] : length
        return starts[low]..<end
    }
}
