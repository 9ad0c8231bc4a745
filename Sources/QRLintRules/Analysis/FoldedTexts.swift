/// Many comparable texts (`ComparableText`) kept end to end in one array, each a range of it: folding every
/// long paragraph of a draft (duplicate-paragraph does) then allocates a few times in all, not once per
/// paragraph, and the texts are hashed and compared in place.
struct FoldedTexts {
    /// The texts end to end; slots past `used` are spare room.
    private var storage: [Unicode.Scalar] = []
    private var used = 0
    /// The end of each text in `storage`.
    private var ends: [Int] = []

    /// - Parameter capacity: scalars to make room for up front (the slots are not written until used).
    init(capacity: Int = 0) {
        if capacity > 0 { storage = Self.unwritten(capacity) }
    }

    /// An array of `count` scalars whose slots are not written: scalars are trivial and a slot past `used` is
    /// never read (zeroing a draft-sized array cost more than folding into it).
    private static func unwritten(_ count: Int) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    var count: Int { ends.count }

    func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// The scalars of text `index` (a copy).
    subscript(index: Int) -> [Unicode.Scalar] { Array(storage[range(index)]) }

    /// Appends the comparable text of `raw` when it keeps at least `minimum` scalars; whether it was kept.
    @discardableResult
    mutating func append(folding raw: [Unicode.Scalar], minimum: Int = 0) -> Bool {
        raw.withUnsafeBufferPointer { append(folding: $0, minimum: minimum) }
    }

    /// `append(folding:minimum:)` from scalars read in place (a unit of `ProseScan.scalars`).
    @discardableResult
    mutating func append(folding input: UnsafeBufferPointer<Unicode.Scalar>, minimum: Int = 0) -> Bool {
        reserve(input.count)
        let start = used
        let end = storage.withUnsafeMutableBufferPointer { out in
            var n = start
            for scalar in input {
                if let kept = ComparableText.fold(scalar) {
                    out[n] = kept
                    n += 1
                }
            }
            return n
        }
        guard end - start >= minimum else { return false }
        used = end
        ends.append(end)
        return true
    }

    /// Appends a text that is comparable already.
    mutating func append(folded text: [Unicode.Scalar]) {
        reserve(text.count)
        for scalar in text {
            storage[used] = scalar
            used += 1
        }
        ends.append(used)
    }

    /// Room for `more` scalars after `used`, grown by doubling.
    private mutating func reserve(_ more: Int) {
        guard used + more > storage.count else { return }
        let size = max(used + more, 2 * storage.count, 1024)
        var grown = Self.unwritten(size)
        if used > 0 {
            grown.withUnsafeMutableBufferPointer { new in
                storage.withUnsafeBufferPointer { old in
                    UnsafeMutableRawPointer(new.baseAddress!).copyMemory(from: old.baseAddress!, byteCount: 4 * used)
                }
            }
        }
        storage = grown
    }

    /// Whether texts `a` and `b` are the same, compared in place eight bytes at a time.
    func equal(_ a: Int, _ b: Int) -> Bool {
        let (ra, rb) = (range(a), range(b))
        guard ra.count == rb.count else { return false }
        guard !ra.isEmpty else { return true }
        return storage.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            let (pa, pb) = (base + 4 * ra.lowerBound, base + 4 * rb.lowerBound)
            let bytes = 4 * ra.count
            var offset = 0
            while offset + 8 <= bytes {
                if pa.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != pb.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                {
                    return false
                }
                offset += 8
            }
            return offset == bytes
                || pa.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                    == pb.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        }
    }

    /// A hash of text `index`, four scalars per step in two lanes: it only sorts texts into buckets, which are
    /// then compared (deterministic across runs, unlike `Hasher`).
    func hash(_ index: Int) -> UInt64 {
        let r = range(index)
        guard !r.isEmpty else { return 0 }
        return storage.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!) + 4 * r.lowerBound
            let bytes = 4 * r.count
            let prime: UInt64 = 0x0000_0100_0000_01B3
            var h1: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(r.count)
            var h2: UInt64 = 0x9E37_79B9_7F4A_7C15
            var offset = 0
            while offset + 16 <= bytes {
                h1 = (h1 ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                h2 = (h2 ^ base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
                offset += 16
            }
            while offset < bytes {
                h1 = (h1 ^ UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) &* prime
                offset += 4
            }
            let h = h1 ^ (h2 &* 0xff51_afd7_ed55_8ccd)
            return h ^ h >> 29
        }
    }

    /// Calls `body` with the scalars of text `index`, in place.
    func withText<R>(_ index: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        let r = range(index)
        return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[r])) }
    }
}
