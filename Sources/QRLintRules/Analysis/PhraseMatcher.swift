/// Finds many literal phrases at once (a trie walked from each position), the way word lists are matched:
/// full-width letters and digits fold to ASCII, letters to lower case, and quotes and spaces inside the text
/// are skipped, so "十四五规划" also matches “十四五”规划 and "todo" matches "TODO".
struct PhraseMatcher: Sendable {
    /// Index into `phrases` of the phrase that ends at each node (node 0 is the root), -1 for none.
    private var phraseAt: [Int] = [-1]
    /// The trie's edges: (node, folded scalar) → child node.
    private var edges = PhraseEdges()
    /// The phrases as given (the key a rule asks for).
    private(set) var phrases: [String] = []

    /// The scalars a phrase starts with: `canStart` is asked for every scalar of the text.
    private var starts = ScalarBitSet([])

    init(_ phrases: some Sequence<String>) {
        var firsts: [UInt32] = []
        for phrase in Set(phrases).sorted() {
            if let first = insert(phrase) { firsts.append(first) }
        }
        starts = ScalarBitSet(firsts)
    }

    /// The phrase as the matcher compares it.
    static func normalized(_ phrase: String) -> [Unicode.Scalar] {
        phrase.unicodeScalars.filter { !ProseScalar.isIgnorableInPhrase($0) }.map(ProseScalar.folded)
    }

    /// Adds a phrase; returns its first scalar as compared (nil for a phrase of nothing but quotes and spaces).
    private mutating func insert(_ phrase: String) -> UInt32? {
        let key = Self.normalized(phrase)
        guard let first = key.first else { return nil }
        var node = 0
        for s in key {
            if let child = edges.child(of: node, s.value) {
                node = child
            } else {
                phraseAt.append(-1)
                edges.insert(parent: node, s.value, child: phraseAt.count - 1)
                node = phraseAt.count - 1
            }
        }
        if phraseAt[node] < 0 {
            phrases.append(phrase)
            phraseAt[node] = phrases.count - 1
        }
        return first.value
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Every phrase that starts at `start` (which must not be an ignorable scalar): (phrase index, end).
    func matches(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, _ found: (Int, Int) -> Void) {
        guard var node = edges.child(of: 0, ProseScalar.folded(scalars[start]).value) else { return }
        var i = start + 1
        while true {
            if phraseAt[node] >= 0 { found(phraseAt[node], i) }
            while i < scalars.count, ProseScalar.isIgnorableInPhrase(scalars[i]) { i += 1 }
            guard i < scalars.count, let child = edges.child(of: node, ProseScalar.folded(scalars[i]).value) else {
                return
            }
            node = child
            i += 1
        }
    }

    /// Whether the root has an edge for this scalar: most scalars start no phrase.
    @inline(__always)
    func canStart(_ s: Unicode.Scalar) -> Bool {
        starts.contains(ProseScalar.folded(s).value)
    }
}

/// A listed phrase that starts or ends with a digit or a Latin letter never counts inside a longer number or
/// word: "20大" is not in "2020大", "todo" is not in "Todorov".
enum PhraseBoundary {
    static func allows(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = s[range.lowerBound]
        let last = s[range.upperBound - 1]
        if range.lowerBound > 0 {
            let before = s[range.lowerBound - 1]
            if ProseScalar.isDigit(first), ProseScalar.isDigit(before) || before == "." { return false }
            if ProseScalar.isLatinLetter(first), ProseScalar.isLatinLetter(before) { return false }
        }
        if range.upperBound < s.count {
            let after = s[range.upperBound]
            if ProseScalar.isDigit(last), ProseScalar.isDigit(after) || after == "." { return false }
            if ProseScalar.isLatinLetter(last), ProseScalar.isLatinLetter(after) { return false }
        }
        return true
    }
}
