/// A set of scalars asked about for nearly every scalar of a text: one bit per scalar of the Basic
/// Multilingual Plane (8 KB), the few scalars beyond it in a plain set. A bit test is far cheaper than
/// hashing or a chain of comparisons.
struct ScalarBitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x1_0000 / 64)
    private var beyondBMP: Set<UInt32> = []

    init(_ values: some Sequence<UInt32>) {
        for value in values { insert(value) }
    }

    /// Every scalar of the BMP for which `predicate` holds; the predicate must hold for none beyond it.
    init(bmpWhere predicate: (Unicode.Scalar) -> Bool) {
        for value in 0..<UInt32(0x1_0000) {
            if let scalar = Unicode.Scalar(value), predicate(scalar) { insert(value) }
        }
    }

    mutating func insert(_ value: UInt32) {
        if value < 0x1_0000 {
            bits[Int(value) >> 6] |= 1 << UInt64(value & 63)
        } else {
            beyondBMP.insert(value)
        }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        guard value < 0x1_0000 else { return beyondBMP.contains(value) }
        return bits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Calls `body` with the bits of the Basic Multilingual Plane, a bit per scalar value (value `v` is bit
    /// `v & 63` of word `v >> 6`): a scanner asking for every scalar tests them without going through the set.
    func withBMPBits<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R { bits.withUnsafeBufferPointer(body) }

    /// The first index in `from..<to` whose scalar is in the set, `to` when there is none: one tight loop over
    /// the long runs of scalars a scanner has nothing to do with.
    func firstMember(of s: [Unicode.Scalar], from: Int, to: Int) -> Int {
        s.withUnsafeBufferPointer { scalars in
            bits.withUnsafeBufferPointer { bits in
                var i = from
                while i < to {
                    let value = scalars[i].value
                    if value < 0x1_0000 {
                        if bits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0 { return i }
                    } else if beyondBMP.contains(value) {
                        return i
                    }
                    i += 1
                }
                return to
            }
        }
    }
}
