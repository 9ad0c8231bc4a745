/// Words stored scalar by scalar, for the longest word that starts a sequence, found in one walk (no strings
/// built). The number scanner stores measure labels reversed, to find the longest label that ends a phrase.
struct ScalarTrie: Sendable {
    /// Each node's children, sorted by scalar: a few comparisons find a child, where a dictionary would hash.
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    private var values: [Int?] = [nil]

    mutating func insert<S: Sequence>(_ word: S, value: Int) where S.Element == Unicode.Scalar {
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
