/// Pairs of long texts that are the same or nearly the same, found through shared five-scalar shingles:
/// about linear in the text size, since shingles shared by many texts (stock phrases) are not counted.
struct NearDuplicates {
    struct Pair: Hashable {
        /// Indices into the texts: `later` repeats `earlier`.
        var earlier: Int
        var later: Int
        /// Jaccard similarity of the shingle sets, 0…1.
        var similarity: Double
        /// `later` is the same text as `earlier` (texts paired through shingles always differ, even at
        /// similarity 1).
        var isCopy = false
    }

    static let shingle = 5
    /// A shingle in more texts than this is a stock phrase, not evidence of copying.
    static let maxPostings = 12
    /// Bits of a packed sort entry that hold the text index.
    static let textBits = 24

    /// - Parameter threshold: the least similarity that counts as "nearly the same".
    static func pairs(_ texts: [[Unicode.Scalar]], threshold: Double) -> [Pair] {
        var folded = FoldedTexts()
        for text in texts { folded.append(folded: text) }
        return pairs(folded, threshold: threshold)
    }

    /// - Parameter threshold: the least similarity that counts as "nearly the same".
    static func pairs(_ texts: FoldedTexts, threshold: Double) -> [Pair] {
        // Exact copies pair with the first occurrence and are compared no further: a draft pasted together
        // from copies would otherwise shingle every copy again, and a shingle's postings count texts.
        // Keyed by a hash of the text (hashing arrays of scalars through `Hasher` was the slow part), with
        // the texts compared on a match.
        // The first text of each hash apart from the rest of its hashes' texts (rare clashes): no array per text.
        // The hashes' bits as `Int` keys: a dictionary keyed by `UInt64` made the runtime scan every conformance
        // record for `UInt64`'s `Hashable`, once per run (`Int`'s is looked up anyway).
        var firstByHash: [Int: Int] = [:]
        firstByHash.reserveCapacity(texts.count)
        var laterByHash: [Int: [Int]] = [:]
        var unique: [Int] = []
        var pairs: [Pair] = []
        for index in 0..<texts.count {
            let hash = Int(truncatingIfNeeded: texts.hash(index))
            guard let first = firstByHash[hash] else {
                firstByHash[hash] = index
                unique.append(index)
                continue
            }
            if texts.equal(first, index) {
                pairs.append(Pair(earlier: first, later: index, similarity: 1, isCopy: true))
            } else if let earlier = laterByHash[hash]?.first(where: { texts.equal($0, index) }) {
                pairs.append(Pair(earlier: earlier, later: index, similarity: 1, isCopy: true))
            } else {
                laterByHash[hash, default: []].append(index)
                unique.append(index)
            }
        }
        pairs += nearPairs(texts, unique, threshold: threshold).map {
            Pair(earlier: unique[$0.earlier], later: unique[$0.later], similarity: $0.similarity)
        }
        return pairs.sorted { $0.later < $1.later }
    }

    /// Pairs among texts that are all different (`unique` indexes `texts`; the pairs index `unique`).
    private static func nearPairs(_ texts: FoldedTexts, _ unique: [Int], threshold: Double) -> [Pair] {
        // Every (shingle, text) once as one integer — the shingle's high bits over the text index — sorted:
        // texts that share a shingle sit together. Sorting plain integers is many times faster than
        // sorting tuples or growing a dictionary of lists; a clash of the truncated hashes only adds noise
        // far below the threshold. Written straight from each text's distinct window hashes, in the order
        // they first occur, into one array (no array of hashes per text).
        guard unique.count < 1 << textBits else { return [] }
        let textMask: UInt64 = 1 << textBits - 1
        var capacity = 0
        var widest = 0
        for index in unique {
            let windows = max(0, texts.range(index).count - shingle + 1)
            capacity += windows
            widest = max(widest, windows)
        }
        var entries: [UInt64] = []
        entries.reserveCapacity(capacity)
        var setCounts = [Int](repeating: 0, count: unique.count)
        // Repeats are dropped through one small open-addressing table, emptied between texts.
        var seen = HashSet64(capacity: widest)
        for (k, index) in unique.enumerated() {
            let before = entries.count
            texts.withText(index) { s in
                guard s.count >= shingle else { return }
                seen.removeAll()
                for start in 0...(s.count - shingle) {
                    let hash = fnv(UnsafeBufferPointer(rebasing: s[start..<(start + shingle)]))
                    if seen.insert(hash) { entries.append(hash & ~textMask | UInt64(k)) }
                }
            }
            setCounts[k] = entries.count - before
        }
        // Sorted by shingle only: the entries were added in text order and the sort is stable, so the texts of
        // one shingle stay ascending, as a sort of the whole integers would leave them.
        RadixSort.sort(&entries, byBitsFrom: textBits)
        // Every pair of texts once per shared shingle, as one integer (earlier over later); sorted, the run of a
        // pair is its count of shared shingles. Cheaper than a dictionary of counts; the order pairs are then
        // read in does not matter, since the best earlier text of each later one is chosen by value.
        var pairKeys: [UInt64] = []
        var start = 0
        while start < entries.count {
            let shingle = entries[start] & ~textMask
            var end = start + 1
            while end < entries.count, entries[end] & ~textMask == shingle { end += 1 }
            if end - start > 1, end - start <= maxPostings {
                for i in start..<end {
                    // Two shingles of one text can clash once truncated; a text is not its own duplicate.
                    for j in (i + 1)..<end where entries[j] != entries[i] {
                        pairKeys.append((entries[i] & textMask) << 32 | (entries[j] & textMask))
                    }
                }
            }
            start = end
        }
        RadixSort.sort(&pairKeys, byBitsFrom: 0)
        var best: [Int: Pair] = [:]
        var run = 0
        while run < pairKeys.count {
            let key = pairKeys[run]
            var runEnd = run + 1
            while runEnd < pairKeys.count, pairKeys[runEnd] == key { runEnd += 1 }
            let count = runEnd - run
            run = runEnd
            let earlier = Int(key >> 32)
            let later = Int(key & 0xFFFF_FFFF)
            let similarity = Double(count) / Double(setCounts[earlier] + setCounts[later] - count)
            guard similarity >= threshold else { continue }
            if let current = best[later],
                current.similarity > similarity || (current.similarity == similarity && current.earlier < earlier)
            {
                continue
            }
            best[later] = Pair(earlier: earlier, later: later, similarity: similarity)
        }
        return best.values.sorted { $0.later < $1.later }
    }

    /// The hash of each window of scalars, without repeats, in the order they first occur.
    static func shingles(_ s: [Unicode.Scalar]) -> [UInt64] {
        guard s.count >= shingle else { return [] }
        let windows = s.count - shingle + 1
        var unique: [UInt64] = []
        unique.reserveCapacity(windows)
        // Repeats are dropped through a small open-addressing table rather than by sorting each text's hashes.
        var seen = HashSet64(capacity: windows)
        s.withUnsafeBufferPointer { scalars in
            for start in 0..<windows {
                let hash = fnv(UnsafeBufferPointer(rebasing: scalars[start..<(start + shingle)]))
                if seen.insert(hash) { unique.append(hash) }
            }
        }
        return unique
    }

    /// FNV-1a over scalar values: deterministic across runs, unlike `Hasher`.
    static func fnv(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        s.withUnsafeBufferPointer(fnv)
    }

    @inline(__always)
    static func fnv(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in s { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

/// A set of 64-bit hashes of known size, only inserted into and emptied whole: linear probing in a power-of-two
/// table, the slot taken from the hash's high bits (Fibonacci hashing). A slot is taken when its stamp is the
/// current generation, so emptying the set is one increment, not a pass over the table.
struct HashSet64 {
    private var slots: [UInt64]
    private var stamps: [UInt32]
    private var generation: UInt32 = 1
    private let shift: UInt64

    init(capacity: Int) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = [UInt64](repeating: 0, count: 1 << bits)
        stamps = [UInt32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// Empties the set (its capacity stays).
    mutating func removeAll() {
        generation &+= 1
        if generation == 0 {
            stamps = [UInt32](repeating: 0, count: stamps.count)
            generation = 1
        }
    }

    /// Inserts `value`; whether it was new.
    mutating func insert(_ value: UInt64) -> Bool {
        let mask = slots.count - 1
        let generation = self.generation
        var slot = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return slots.withUnsafeMutableBufferPointer { table in
            stamps.withUnsafeMutableBufferPointer { stamp in
                while true {
                    if stamp[slot] != generation {
                        stamp[slot] = generation
                        table[slot] = value
                        return true
                    }
                    if table[slot] == value { return false }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
