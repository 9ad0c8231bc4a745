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

    /// The scalars a phrase starts with: `mayMatch` is asked for every scalar of the text.
    private var starts = ScalarBitSet([])
    /// The first scalars of one-scalar phrases.
    private var singles = ScalarBitSet([])
    /// The first two scalars of the longer phrases, hashed to one bit each (`mayMatch`).
    private var pairs = [UInt64](repeating: 0, count: 1 << 10)
    /// The bits of `pairs` of the two-scalar phrases.
    private var pairPhrases = [UInt64](repeating: 0, count: 1 << 10)
    /// The first three scalars of the phrases of three or more, hashed to one bit each: digits start phrases
    /// ("20大", "14五") whose first two scalars begin most years and many numbers ("2024", "145").
    private var triples = [UInt64](repeating: 0, count: 1 << 10)
    /// The prose scan's table of scalars, with the scalars that fold to a phrase's first marked: the scan reads
    /// one byte per scalar and asks `mayMatch` only where that mark is set.
    private(set) var scanKinds = ProseScalarKinds(phraseStarts: [UInt32]())

    init(_ phrases: some Sequence<String>) {
        var firsts: [UInt32] = []
        var singleFirsts: [UInt32] = []
        for phrase in Set(phrases).sorted() {
            let key = Self.normalized(phrase)
            guard let first = key.first else { continue }
            insert(phrase, key)
            firsts.append(first.value)
            if key.count == 1 {
                singleFirsts.append(first.value)
            } else {
                let bit = Self.pairBit(first.value, key[1].value)
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
                if key.count == 2 {
                    pairPhrases[bit >> 6] |= 1 << UInt64(bit & 63)
                } else {
                    let triple = Self.tripleBit(first.value, key[1].value, key[2].value)
                    triples[triple >> 6] |= 1 << UInt64(triple & 63)
                }
            }
        }
        starts = ScalarBitSet(firsts)
        singles = ScalarBitSet(singleFirsts)
        scanKinds = ProseScalarKinds(phraseStarts: firsts, singles: singleFirsts)
    }

    /// One of 65,536 bits for two scalars as compared.
    @inline(__always)
    static func pairBit(_ first: UInt32, _ second: UInt32) -> Int {
        Int(truncatingIfNeeded: (((first &* 0x9E37_79B1) ^ second) &* 0x85EB_CA6B) >> 16)
    }

    /// One of 65,536 bits for three scalars as compared.
    @inline(__always)
    private static func tripleBit(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> Int {
        pairBit((first &* 0x2545_F491) ^ second, third)
    }

    /// Whether a phrase may start at `i`: its first scalar starts a phrase, and either a phrase is that scalar
    /// alone or the next scalar may follow it, and either a phrase is those two scalars or the one after may
    /// follow them (digits start phrases like "20大", and most digits are in numbers that continue with no
    /// phrase). The next scalars are read past quotes and spaces, as `matches` reads them (a number at the end
    /// of a table cell is followed by spaces). Never false where `matches` would find a phrase.
    @inline(__always)
    func mayMatch(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        let first = ProseScalar.folded(scalars[i]).value
        guard starts.contains(first) else { return false }
        return mayMatch(scalars, at: i, startingWith: first)
    }

    /// `mayMatch` where the scalar at `i`, folded to `first`, is known to start a phrase (the prose scan reads
    /// that from `scanKinds`).
    func mayMatch(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, startingWith first: UInt32) -> Bool {
        if singles.contains(first) { return true }
        var j = i + 1
        while j < scalars.count, ProseScalar.isIgnorableInPhrase(scalars[j]) { j += 1 }
        guard j < scalars.count else { return false }
        let second = ProseScalar.folded(scalars[j]).value
        let bit = Self.pairBit(first, second)
        guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        if pairPhrases[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
        var k = j + 1
        while k < scalars.count, ProseScalar.isIgnorableInPhrase(scalars[k]) { k += 1 }
        guard k < scalars.count else { return false }
        let triple = Self.tripleBit(first, second, ProseScalar.folded(scalars[k]).value)
        return triples[triple >> 6] & (1 << UInt64(triple & 63)) != 0
    }

    /// The phrase as the matcher compares it.
    /// Written in one pass into one array (filtering, then mapping, made two, and counted the scalars first; the
    /// packs' phrases and guard words are all normalised on every run). A scalar takes at least one UTF-8 byte.
    static func normalized(_ phrase: String) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: phrase.utf8.count) { buffer, count in
            count = 0
            for scalar in phrase.unicodeScalars where !ProseScalar.isIgnorableInPhrase(scalar) {
                buffer.initializeElement(at: count, to: ProseScalar.folded(scalar))
                count += 1
            }
        }
    }

    /// Adds a phrase under its normalised, non-empty key.
    private mutating func insert(_ phrase: String, _ key: [Unicode.Scalar]) {
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
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Calls `body` with the bits of the first two scalars of the longer phrases (`pairBit`; `mayMatch` is false
    /// where a phrase start's bit with the next scalar is clear, the next scalar being no quote or space and the
    /// start no phrase alone): the prose scan tests them in place before it asks `mayMatch`.
    func withPairBits<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R { pairs.withUnsafeBufferPointer(body) }

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
}

/// A listed phrase that starts or ends with a digit or a Latin letter never counts inside a longer number or
/// word: "20大" is not in "2020大", "todo" is not in "Todorov".
enum PhraseBoundary {
    static func allows<S: ScalarText>(_ s: S, _ range: Range<Int>) -> Bool {
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
