import QRLintCore

/// Words grouped by one of their scalars (the first, or the last), each group in the order of the list: the words
/// that can match at a place are found by halving a short sorted list of scalars, not by trying every word.
struct WordsByScalar: Sendable {
    private let keys: [UInt32]
    private let groups: [[[Unicode.Scalar]]]

    /// - Parameter key: the scalar a word is found by (its first or its last).
    init(_ words: [[Unicode.Scalar]], key: ([Unicode.Scalar]) -> Unicode.Scalar?) {
        let keyed = words.compactMap { word in key(word).map { ($0.value, word) } }
        let keys = Set(keyed.map(\.0)).sorted()
        self.keys = keys
        groups = keys.map { k in keyed.filter { $0.0 == k }.map(\.1) }
    }

    /// The words whose key is `scalar`, in the order of the list; empty when there are none.
    func words(for scalar: Unicode.Scalar) -> [[Unicode.Scalar]] {
        keys.sortedIndex(of: scalar.value).map { groups[$0] } ?? []
    }
}
