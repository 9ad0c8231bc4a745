/// A growable byte buffer written through a pointer, for `JSONWriter`. `[UInt8].append(contentsOf:)` checks
/// capacity and calls `memcpy` for every piece; a JSON report is hundreds of thousands of pieces of a few
/// bytes (a separator and indent, a key, a number), and that bookkeeping cost more than the bytes. The bytes
/// live in an array whose room past `count` is declared written but is not (bytes are trivial, and nothing
/// reads past `count`), so the finished text is handed over without a copy of megabytes of JSON.
final class ByteBuffer {
    private(set) var count = 0
    // Only this class touches `storage`, one access at a time: the runtime exclusivity check on a class
    // property cost more than the writes it guarded.
    @exclusivity(unchecked) private var storage: [UInt8]

    init(capacity: Int) { storage = Self.room(max(capacity, 64)) }

    /// Writes at most `extra` bytes at the end through `body`, which returns how many it wrote.
    @inline(__always) func write(upTo extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count &+ extra > storage.count { grow(to: count &+ extra) }
        let start = count
        count = start &+ storage.withUnsafeMutableBufferPointer { body($0.baseAddress.unsafelyUnwrapped + start) }
    }

    @inline(__always) func append(_ byte: UInt8) {
        write(upTo: 1) {
            $0.pointee = byte
            return 1
        }
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        write(upTo: bytes.count) {
            $0.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The bytes written so far, copied.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, without copying them; the buffer is empty afterwards.
    func takeBytes() -> [UInt8] {
        storage.removeSubrange(count...)
        defer {
            storage = Self.room(64)
            count = 0
        }
        return storage
    }

    /// `size` bytes of room, declared written without being written.
    private static func room(_ size: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
    }

    private func grow(to needed: Int) {
        var grown = Self.room(max(needed, storage.count * 2))
        let written = count
        grown.withUnsafeMutableBufferPointer { new in
            storage.withUnsafeBufferPointer { old in
                new.baseAddress!.update(from: old.baseAddress!, count: written)
            }
        }
        storage = grown
    }
}
