/// A growable byte buffer written through a pointer, for `JSONWriter`. `[UInt8].append(contentsOf:)` checks
/// uniqueness and capacity and calls `memcpy` for every piece; a JSON report is hundreds of thousands of
/// pieces of a few bytes (a separator and indent, a key, a number), and that bookkeeping cost more than the
/// bytes. One owner only: the writer holds it and hands out a copy of the bytes at the end.
final class ByteBuffer {
    private(set) var count = 0
    private var capacity: Int
    private var base: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more bytes; returns where they go. `commit` then counts the bytes written.
    @inline(__always) func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count &+ extra > capacity { grow(to: count &+ extra) }
        return base + count
    }

    @inline(__always) func commit(_ written: Int) { count &+= written }

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        count &+= 1
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The bytes written so far, copied.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
