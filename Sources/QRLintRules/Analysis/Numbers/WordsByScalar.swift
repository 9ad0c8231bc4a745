import QRLintCore

/// Words grouped by one of their scalars (the first, or the last), each group in the order of the list: the words
/// that can match at a place are found by halving a short sorted list of scalars, not by trying every word. The
/// words are kept flat, as runs of one scalar buffer, so matching one retains nothing.
struct WordsByScalar: Sendable {
    private let keys: [UInt32]
    /// Group k's words are the words `groupStarts[k]..<groupStarts[k + 1]`.
    private let groupStarts: [Int]
    /// Word j's scalars are `scalars[wordStarts[j]..<wordStarts[j + 1]]`.
    private let wordStarts: [Int]
    private let scalars: [UInt32]

    /// - Parameter key: the scalar a word is found by (its first or its last).
    init(_ words: [[Unicode.Scalar]], key: ([Unicode.Scalar]) -> Unicode.Scalar?) {
        let keyed = words.compactMap { word in key(word).map { ($0.value, word) } }
        let keys = Set(keyed.map(\.0)).sorted()
        self.keys = keys
        var groupStarts: [Int] = []
        var wordStarts: [Int] = []
        var scalars: [UInt32] = []
        for k in keys {
            groupStarts.append(wordStarts.count)
            for (key, word) in keyed where key == k {
                wordStarts.append(scalars.count)
                scalars += word.map(\.value)
            }
        }
        groupStarts.append(wordStarts.count)
        wordStarts.append(scalars.count)
        self.groupStarts = groupStarts
        self.wordStarts = wordStarts
        self.scalars = scalars
    }

    /// The words whose key is `scalar`, in the order of the list; empty when there are none.
    func words(for scalar: Unicode.Scalar) -> [[Unicode.Scalar]] {
        guard let group = keys.sortedIndex(of: scalar.value) else { return [] }
        return (groupStarts[group]..<groupStarts[group + 1]).map { j in
            scalars[wordStarts[j]..<wordStarts[j + 1]].map { Unicode.Scalar($0)! }
        }
    }

    /// The length of the first word of `s[lower]`'s group that starts `s[lower..<upper]` and is shorter than it;
    /// 0 when there is none.
    func prefixLength(of s: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        guard lower < upper, let group = keys.sortedIndex(of: s[lower].value) else { return 0 }
        for j in groupStarts[group]..<groupStarts[group + 1] {
            let start = wordStarts[j]
            let length = wordStarts[j + 1] - start
            guard upper - lower > length else { continue }
            var k = 0
            while k < length, scalars[start + k] == s[lower + k].value { k += 1 }
            if k == length { return length }
        }
        return 0
    }

    /// The length of the first word of `s[upper - 1]`'s group that ends `s[lower..<upper]` and is shorter than
    /// it; 0 when there is none.
    func suffixLength(of s: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        guard lower < upper, let group = keys.sortedIndex(of: s[upper - 1].value) else { return 0 }
        for j in groupStarts[group]..<groupStarts[group + 1] {
            let start = wordStarts[j]
            let length = wordStarts[j + 1] - start
            guard upper - lower > length else { continue }
            let from = upper - length
            var k = 0
            while k < length, scalars[start + k] == s[from + k].value { k += 1 }
            if k == length { return length }
        }
        return 0
    }
}
