/// Words stored scalar by scalar, for the longest word that starts a sequence, found in one walk (no strings
/// built). The number scanner stores measure labels reversed, to find the longest label that ends a phrase.
struct ScalarTrie: Sendable {
    /// Each node's children, sorted by scalar: a few comparisons find a child, where a dictionary would hash.
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    private var values: [Int?] = [nil]
    /// After `finish()`: every node's children in one flat list (node k's run starts at `runStarts[k]` and ends
    /// at `runStarts[k + 1]`), so a lookup reads plain integers instead of retaining a child list per step.
    private var runStarts: [Int32] = []
    private var runScalars: [UInt32] = []
    private var runNodes: [Int32] = []
    /// After `finish()`: the root's children by scalar (their places in the root's run, which starts the flat
    /// list). The root has a child for every scalar a word starts with, and halving that list was most of a walk.
    private var rootIndex = ScalarIndex([])

    /// Lays the children out flat for lookups; an insertion after it undoes it (lookups then walk the lists).
    mutating func finish() {
        runStarts = []
        runScalars = []
        runNodes = []
        runStarts.reserveCapacity(children.count + 1)
        for list in children {
            runStarts.append(Int32(runScalars.count))
            for entry in list {
                runScalars.append(entry.scalar)
                runNodes.append(entry.node)
            }
        }
        runStarts.append(Int32(runScalars.count))
        rootIndex = ScalarIndex(children[0].map { $0.scalar })
    }

    mutating func insert<S: Sequence>(_ word: S, value: Int) where S.Element == Unicode.Scalar {
        if !runStarts.isEmpty {
            runStarts = []
            runScalars = []
            runNodes = []
        }
        var node = 0
        for scalar in word {
            let (found, position) = Self.find(scalar.value, in: children[node])
            if found {
                node = Int(children[node][position].node)
            } else {
                children.append([])
                values.append(nil)
                children[node].insert((scalar.value, Int32(children.count - 1)), at: position)
                node = children.count - 1
            }
        }
        // The first insertion of a word keeps its value.
        if values[node] == nil { values[node] = value }
    }

    /// The value and length of the longest stored word that is a prefix of `sequence`.
    func longestMatch<S: Sequence>(_ sequence: S) -> (value: Int, length: Int)? where S.Element == Unicode.Scalar {
        var node = 0
        var length = 0
        var best: (Int, Int)? = nil
        for scalar in sequence {
            let (found, position) = Self.find(scalar.value, in: children[node])
            guard found else { break }
            node = Int(children[node][position].node)
            length += 1
            if let value = values[node] { best = (value, length) }
        }
        return best
    }

    /// `longestMatch(s.reversed())`: the longest stored word that ends `s`, read backwards by index.
    func longestMatch(endingAt s: ArraySlice<Unicode.Scalar>) -> (value: Int, length: Int)? {
        guard !runStarts.isEmpty else { return longestMatch(s.reversed()) }
        return s.withUnsafeBufferPointer { longestMatch(endingAt: $0, 0..<$0.count) }
    }

    /// `longestMatch(s[range].reversed())`, read in place: a slice of `s` would retain it.
    func longestMatch(endingAt s: [Unicode.Scalar], _ range: Range<Int>) -> (value: Int, length: Int)? {
        guard !runStarts.isEmpty else { return longestMatch(s[range].reversed()) }
        return s.withUnsafeBufferPointer { longestMatch(endingAt: $0, range) }
    }

    private func longestMatch(endingAt s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (
        value: Int, length: Int
    )? {
        runStarts.withUnsafeBufferPointer { starts in
            runScalars.withUnsafeBufferPointer { scalars in
                runNodes.withUnsafeBufferPointer { nodes in
                    var i = range.upperBound
                    guard i > range.lowerBound, let first = rootIndex.number(of: s[i - 1].value) else { return nil }
                    i -= 1
                    var node = Int(nodes[first])
                    var length = 1
                    var best: (Int, Int)? = values[node].map { ($0, 1) }
                    while i > range.lowerBound {
                        i -= 1
                        let scalar = s[i].value
                        var low = Int(starts[node])
                        let end = Int(starts[node + 1])
                        var high = end
                        if high - low <= 4 {
                            // Below the root most nodes have a child or two: stepping through them beats halving.
                            while low < high, scalars[low] < scalar { low += 1 }
                        } else {
                            while low < high {
                                let mid = (low + high) / 2
                                if scalars[mid] < scalar { low = mid + 1 } else { high = mid }
                            }
                        }
                        guard low < end, scalars[low] == scalar else { break }
                        node = Int(nodes[low])
                        length += 1
                        if let value = values[node] { best = (value, length) }
                    }
                    return best
                }
            }
        }
    }

    /// Whether `scalar` is among `entries` (sorted), and its position there or where it would go.
    private static func find(_ scalar: UInt32, in entries: [(scalar: UInt32, node: Int32)]) -> (Bool, Int) {
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].scalar < scalar { low = mid + 1 } else { high = mid }
        }
        return (low < entries.count && entries[low].scalar == scalar, low)
    }
}
