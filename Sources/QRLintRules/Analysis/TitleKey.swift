/// A normalised title as its scalars with a precomputed hash, for comparing and looking up titles without
/// `String`: Swift hashes and compares non-ASCII strings through NFC normalisation, and every heading is
/// compared with every title of every template.
///
/// Equality is `String` equality (canonical equivalence). For titles made only of scalars that NFC leaves
/// alone and never combines with a neighbour (`isStable`), that is equality of scalars; any other title is
/// compared as a `String`, so the rare decomposed or compatibility spelling still meets its composed twin.
struct TitleKey: Sendable {
    let scalars: [Unicode.Scalar]
    /// `scalars.count`, kept beside the hash: a heading's key is compared with every template title of every
    /// profile, and reading the count from the array's storage was a cache miss per heading and profile.
    let count: Int
    /// FNV-1a over the scalar values.
    let hash: UInt64
    /// Every scalar is NFC-stable: scalar equality is string equality.
    let isStable: Bool
    /// Bit `value % 64` of every scalar: a scalar of one title whose bit the other lacks is not in the other, so
    /// the bits one has and the other lacks bound the edit distance from below (`TitleText.mayBeNear`).
    let scalarBits: UInt64

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        count = scalars.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var stable = true
        var bits: UInt64 = 0
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
            bits |= 1 << UInt64(scalar.value & 63)
            if stable && !Self.isStable(scalar) { stable = false }
        }
        self.hash = hash
        self.isStable = stable
        self.scalarBits = bits
    }

    init(_ string: String) { self.init(Array(string.unicodeScalars)) }

    var string: String { String(scalars: scalars) }

    /// Whether the two titles are equal as `String`s.
    func same(as other: TitleKey) -> Bool {
        if isStable && other.isStable { return hash == other.hash && scalars == other.scalars }
        return string == other.string
    }

    /// Scalars whose NFC form is themselves, with combining class 0, that are no scalar's canonical
    /// decomposition's second part (checked against Unicode 14 data): two runs of them are canonically
    /// equivalent only when they are equal. Covers what Chinese headings are written with.
    @inline(__always)
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 || (0x4E00...0x9FFF).contains(v) { return true }
        switch v {
        case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A1...0x30FA,
            0x3400...0x4DBF, 0xFF01...0xFFEF:
            return true
        default:
            return false
        }
    }
}

/// Normalised titles → bit masks, looked up by `TitleKey`. A title equal to several entries gets the union of
/// their masks, as a `[String: Set]` that merged equal keys would give.
struct TitleTable: Sendable {
    /// Keyed by the hash's bits as an `Int`: a dictionary keyed by `UInt64` made the runtime scan every
    /// conformance record for `UInt64`'s `Hashable`, once per run (`Int`'s is looked up anyway).
    private var stable: [Int: [(scalars: [Unicode.Scalar], mask: UInt64)]] = [:]
    /// Bit `hash % 4096` of every stable entry: most headings equal no entry, and one bit test rules them out
    /// where a dictionary look-up cost about 150 instructions (every heading is looked up, in several tables).
    private var hashBits = [UInt64](repeating: 0, count: 64)
    /// Entries with a scalar outside `TitleKey.isStable` (rare): compared as strings.
    private var unstable: [(key: TitleKey, mask: UInt64)] = []

    init() {}

    mutating func insert(_ key: TitleKey, mask: UInt64) {
        guard key.isStable else {
            unstable.append((key, mask))
            return
        }
        hashBits[Self.word(key.hash)] |= Self.bit(key.hash)
        let slot = Int(truncatingIfNeeded: key.hash)
        var bucket = stable[slot] ?? []
        if let i = bucket.firstIndex(where: { $0.scalars == key.scalars }) {
            bucket[i].mask |= mask
        } else {
            bucket.append((key.scalars, mask))
        }
        stable[slot] = bucket
    }

    /// The union of the masks of the entries equal to `key`; 0 when none is.
    /// `mask(key.pointee)`, the key read in place: a key passed by value retained its scalars, and for most
    /// headings (equal to no entry) that retain was the only touch of their memory.
    func mask(_ key: UnsafePointer<TitleKey>) -> UInt64 {
        guard key.pointee.isStable, unstable.isEmpty else { return mask(key.pointee) }
        guard mayHold(key.pointee.hash), let bucket = stable[Int(truncatingIfNeeded: key.pointee.hash)] else {
            return 0
        }
        var mask: UInt64 = 0
        for entry in bucket where entry.scalars == key.pointee.scalars { mask |= entry.mask }
        return mask
    }

    func mask(_ key: TitleKey) -> UInt64 {
        var mask: UInt64 = 0
        if key.isStable {
            if mayHold(key.hash), let bucket = stable[Int(truncatingIfNeeded: key.hash)] {
                for entry in bucket where entry.scalars == key.scalars { mask |= entry.mask }
            }
        } else {
            // An unstable title may equal a stable entry: compare with all of them as strings.
            let string = key.string
            for bucket in stable.values {
                for entry in bucket where String(scalars: entry.scalars) == string { mask |= entry.mask }
            }
        }
        for entry in unstable where entry.key.same(as: key) { mask |= entry.mask }
        return mask
    }

    @inline(__always) private static func word(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash >> 6) & 63) }
    @inline(__always) private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

    /// False when no stable entry has this hash.
    @inline(__always) private func mayHold(_ hash: UInt64) -> Bool { hashBits[Self.word(hash)] & Self.bit(hash) != 0 }
}
