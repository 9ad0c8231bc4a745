/// Pairs of long texts that are the same or nearly the same, found through shared five-scalar shingles:
/// linear in the text size, since shingles shared by many texts (boilerplate phrases) are not indexed.
struct NearDuplicates {
    struct Pair: Hashable {
        /// Indices into the texts: `later` repeats `earlier`.
        var earlier: Int
        var later: Int
        /// Jaccard similarity of the shingle sets, 0…1.
        var similarity: Double
    }

    static let shingle = 5
    /// A shingle in more texts than this is a stock phrase, not evidence of copying.
    static let maxPostings = 12

    /// - Parameter threshold: the least similarity that counts as "nearly the same".
    static func pairs(_ texts: [[Unicode.Scalar]], threshold: Double) -> [Pair] {
        let sets = texts.map(shingles)
        var postings: [UInt64: [Int]] = [:]
        var result: [Pair] = []
        for (index, set) in sets.enumerated() where !set.isEmpty {
            var shared: [Int: Int] = [:]
            for gram in set {
                guard let list = postings[gram], list.count <= maxPostings else { continue }
                for other in list { shared[other, default: 0] += 1 }
            }
            var best: Pair?
            for (other, count) in shared {
                let similarity = Double(count) / Double(set.count + sets[other].count - count)
                guard similarity >= threshold else { continue }
                if best == nil || similarity > best!.similarity
                    || (similarity == best!.similarity && other < best!.earlier)
                {
                    best = Pair(earlier: other, later: index, similarity: similarity)
                }
            }
            if let best { result.append(best) }
            for gram in set {
                // One past the limit marks a stock phrase; longer lists would only cost memory.
                if postings[gram, default: []].count <= maxPostings { postings[gram, default: []].append(index) }
            }
        }
        return result
    }

    /// FNV-1a over each window of scalars (deterministic across runs, unlike `Hasher`), sorted, without
    /// repeats.
    static func shingles(_ s: [Unicode.Scalar]) -> [UInt64] {
        guard s.count >= shingle else { return [] }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(s.count - shingle + 1)
        for start in 0...(s.count - shingle) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<(start + shingle) {
                hash = (hash ^ UInt64(s[k].value)) &* 0x0000_0100_0000_01B3
            }
            hashes.append(hash)
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where hash != unique.last { unique.append(hash) }
        return unique
    }
}
