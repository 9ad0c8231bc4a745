/// Finding the next of a few given scalars in a long text, eight scalars compared at a time: a line table, or a
/// rule that acts only where a rare word starts (见, 如, 参照), spends nearly all its time looking past the
/// scalars in between.
public enum ScalarSearch {
    /// The first index at or after `start` whose scalar is `a`, `b` or `c` (`buffer.count` when there is none).
    public static func firstIndex(
        of a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, in buffer: UnsafeBufferPointer<Unicode.Scalar>,
        from start: Int
    ) -> Int {
        let count = buffer.count
        var k = max(start, 0)
        if let base = buffer.baseAddress, count - k >= 8 {
            let raw = UnsafeRawPointer(base)
            let va = SIMD8<UInt32>(repeating: a.value)
            let vb = SIMD8<UInt32>(repeating: b.value)
            let vc = SIMD8<UInt32>(repeating: c.value)
            while k + 8 <= count {
                let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<UInt32>.self)
                if any((v .== va) .| (v .== vb) .| (v .== vc)) { break }
                k += 8
            }
        }
        while k < count {
            let s = buffer[k]
            if s == a || s == b || s == c { return k }
            k += 1
        }
        return count
    }
}
