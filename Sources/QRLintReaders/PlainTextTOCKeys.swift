import QRLintCore

/// The 目录 entries seen so far, without spaces, to recognise an entry when it comes again.
///
/// Entries compare as `String`s do (canonical equivalence), but hashing a Chinese `String` normalises it
/// first: thousands of instructions a key. Keys made only of scalars that normalisation leaves alone and
/// that never combine with a neighbour (ASCII, CJK ideographs and punctuation, full-width forms, quotes
/// and dashes) are kept as scalar arrays instead: between two such keys canonical equivalence is plain
/// equality. Keys with other scalars, rare in a report, are compared as `String`s.
struct PlainTextTOCKeys {
    /// The plain keys' scalars, one key after another: a `Set<[Unicode.Scalar]>` allocated an array per
    /// key and hashed it scalar by scalar through `Hasher`, two thousand instructions an entry.
    private var stored: [Unicode.Scalar] = []
    private var keys: [(start: Int, count: Int, hash: UInt64)] = []
    /// Open addressing (linear probing), at most half full: an index into `keys`, or -1.
    private var slots: [Int] = []
    private var bits = 0
    /// Every key as a `String`, from the first key that is not plain on.
    private var strings: Set<String>?

    mutating func insert(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        let (hash, count, allPlain) = Self.scan(s, range)
        if strings == nil, !allPlain {
            strings = Set(keys.indices.map { String(scalars: storedKey($0)) })
        }
        if strings != nil {
            strings!.insert(String(scalars: Self.key(s, range)))
            return
        }
        if find(s, range, hash: hash, count: count) != nil { return }
        if 2 * (keys.count + 1) > slots.count { grow() }
        let start = stored.count
        for k in range where !ScalarClass.isSpace(s[k]) { stored.append(s[k]) }
        keys.append((start, count, hash))
        place(keys.count - 1)
    }

    func contains(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if let strings { return strings.contains(String(scalars: Self.key(s, range))) }
        let (hash, count, allPlain) = Self.scan(s, range)
        if allPlain { return find(s, range, hash: hash, count: count) != nil }
        // A key with other scalars may equal a plain one once normalised: compared as a `String`.
        let text = String(scalars: Self.key(s, range))
        return keys.indices.contains { String(scalars: storedKey($0)) == text }
    }

    private func storedKey(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        stored[keys[index].start..<keys[index].start + keys[index].count]
    }

    /// The hash (FNV-1a), the length and the plainness of the key of `s[range]`, read in place.
    private static func scan(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (UInt64, Int, Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        var allPlain = true
        for k in range where !ScalarClass.isSpace(s[k]) {
            hash = (hash ^ UInt64(s[k].value)) &* 0x100_0000_01B3
            count += 1
            if !isPlain(s[k]) { allPlain = false }
        }
        return (hash, count, allPlain)
    }

    private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits))
    }

    /// The index of the stored key equal to the key of `s[range]`.
    private func find(_ s: [Unicode.Scalar], _ range: Range<Int>, hash: UInt64, count: Int) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = slot(hash)
        while slots[slot] >= 0 {
            let key = keys[slots[slot]]
            if key.hash == hash, key.count == count, equals(key.start, s, range) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the stored scalars from `start` are the scalars of `s[range]` other than white space (the
    /// lengths are known to be equal).
    private func equals(_ start: Int, _ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = start
        for k in range where !ScalarClass.isSpace(s[k]) {
            if stored[i] != s[k] { return false }
            i += 1
        }
        return true
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = slot(keys[index].hash)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        bits = max(6, bits + 1)
        slots = Array(repeating: -1, count: 1 << bits)
        for index in keys.indices { place(index) }
    }

    /// `s[range]` without white space.
    static func key(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar] {
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(range.count)
        for k in range where !ScalarClass.isSpace(s[k]) { key.append(s[k]) }
        return key
    }

    /// A scalar without a canonical decomposition, of combining class 0, that composes with nothing: a
    /// string of such scalars is its own normal form. (U+302A–U+302F are combining marks; U+F900–U+FAFF,
    /// U+2000, U+2001 and U+2329 decompose to other scalars: all left out.)
    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xFF01...0xFF5E:
            true
        default:
            false
        }
    }
}
