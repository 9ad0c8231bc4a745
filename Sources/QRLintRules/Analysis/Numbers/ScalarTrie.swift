/// Words stored scalar by scalar, for the longest word that starts a sequence, found in one walk (no strings
/// built). The number scanner stores measure labels reversed, to find the longest label that ends a phrase.
struct ScalarTrie: Sendable {
    private var children: [[Unicode.Scalar: Int32]] = [[:]]
    private var values: [Int?] = [nil]
    /// The scalars words start with: most sequences start with none of them, and a bit test answers that
    /// without hashing.
    private var firstScalars = ScalarBitSet([])

    mutating func insert<S: Sequence>(_ word: S, value: Int) where S.Element == Unicode.Scalar {
        var node = 0
        for scalar in word {
            if node == 0 { firstScalars.insert(scalar.value) }
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                children[node][scalar] = Int32(children.count - 1)
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
        var isFirst = true
        for scalar in sequence {
            if isFirst {
                guard firstScalars.contains(scalar.value) else { return nil }
                isFirst = false
            }
            guard let next = children[node][scalar] else { break }
            node = Int(next)
            length += 1
            if let value = values[node] { best = (value, length) }
        }
        return best
    }
}
