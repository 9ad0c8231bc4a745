import QRLintCore

/// A finding's message written as UTF-8 bytes and made a `String` once. An interpolation makes a string of each
/// piece (a number read off the pool, a joined list) and grows the result piece by piece: a formula message cost
/// some 12 K instructions that way. The bytes are kept in memory of its own, not an array: an array checks its
/// uniqueness and capacity on every append, and its bulk appends take a generic path of a hundred-odd
/// instructions for a piece of a few bytes. Not copyable, so the memory has one owner, freed with it.
struct MessageText: ~Copyable {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(capacity: Int = 128) {
        self.capacity = max(capacity, 16)
        bytes = .allocate(capacity: self.capacity)
    }

    deinit { bytes.deallocate() }

    /// Room for `more` bytes after the written ones.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        var grown = 2 * capacity
        while grown < needed { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = moved
        capacity = grown
    }

    mutating func append(_ text: String) {
        let length = text.utf8.count
        guard length > 0 else { return }
        reserve(length)
        let target = bytes + count
        // Read in place (a native string's bytes are contiguous); a copy is made only of a string that is not.
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable {
            target.update(from: $0.baseAddress!, count: length)
        }
        if copied == nil {
            var text = text
            text.withUTF8 { target.update(from: $0.baseAddress!, count: length) }
        }
        count += length
    }

    mutating func append(_ scalars: ArraySlice<Unicode.Scalar>) {
        let length = ScalarUTF8.length(of: scalars)
        guard length > 0 else { return }
        reserve(length)
        _ = ScalarUTF8.write(scalars, into: UnsafeMutableBufferPointer(start: bytes + count, count: length), at: 0)
        count += length
    }

    /// The number of a quantity as written, without its unit ("310人" → "310").
    mutating func appendNumber(of q: Quantity, in pool: ScalarPool) {
        append(NumberText.numberScalars(q, in: pool))
    }

    /// The numbers of quantities as written, between separators ("310+120+56").
    mutating func appendNumbers(of quantities: ArraySlice<Quantity>, separator: String, in pool: ScalarPool) {
        for k in quantities.indices {
            if k > quantities.startIndex { append(separator) }
            appendNumber(of: quantities[k], in: pool)
        }
    }

    /// "在编 380人": the label and the number, as in notes.
    mutating func appendDescription(of q: Quantity, in pool: ScalarPool) {
        if !q.label.scalars.isEmpty {
            append(pool[q.label.scalars])
            reserve(1)
            bytes[count] = UInt8(ascii: " ")
            count += 1
        }
        append(pool[q.text])
    }

    var string: String { String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self) }
}
