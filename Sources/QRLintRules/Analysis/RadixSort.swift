/// Sorting many 64-bit integers by their high bits with a least-significant-digit radix sort: a few linear
/// passes instead of the comparisons of a merge sort, which were most of the time of `NearDuplicates` on a
/// long draft.
enum RadixSort {
    /// Bits of the key read per pass: four passes cover the 40 high bits `NearDuplicates` sorts by.
    static let digitBits = 10

    /// Sorts `values` by their bits from `lowBit` up (the bits below are ignored), stably: values whose high
    /// bits are equal keep their order.
    static func sort(_ values: inout [UInt64], byBitsFrom lowBit: Int) {
        let count = values.count
        guard count > 1, lowBit < 64 else { return }
        let radix = 1 << digitBits
        let mask = UInt64(radix - 1)
        let passes = (64 - lowBit + digitBits - 1) / digitBits
        // Every pass's histogram in one read of the values.
        var histograms = [Int](repeating: 0, count: passes * radix)
        histograms.withUnsafeMutableBufferPointer { h in
            values.withUnsafeBufferPointer { v in
                for value in v {
                    for pass in 0..<passes {
                        h[pass * radix + Int((value >> UInt64(lowBit + pass * digitBits)) & mask)] += 1
                    }
                }
            }
        }
        var scratch = [UInt64](repeating: 0, count: count)
        for pass in 0..<passes {
            let shift = UInt64(lowBit + pass * digitBits)
            let done: Bool = histograms.withUnsafeMutableBufferPointer { h in
                let base = pass * radix
                // A digit that is the same in every value orders nothing.
                if h[base + Int((values[0] >> shift) & mask)] == count { return true }
                var offset = 0
                for digit in 0..<radix {
                    let n = h[base + digit]
                    h[base + digit] = offset
                    offset += n
                }
                values.withUnsafeBufferPointer { from in
                    scratch.withUnsafeMutableBufferPointer { to in
                        for value in from {
                            let slot = base + Int((value >> shift) & mask)
                            to[h[slot]] = value
                            h[slot] += 1
                        }
                    }
                }
                return false
            }
            if !done { swap(&values, &scratch) }
        }
    }
}
