import CZlib

/// Raw deflate (zip's method 8) and CRC-32 through the system zlib.
enum ZipInflate {
    enum Failure: Error {
        case corrupt
        /// The stream holds more or less data than the directory says.
        case sizeMismatch
    }

    /// Inflates `bytes[range]` into exactly `expectedSize` bytes. The output buffer has one spare byte:
    /// filling it means the stream is longer than declared, and inflating stops there.
    static func inflate(_ bytes: [UInt8], _ range: Range<Int>, expectedSize: Int) -> Result<[UInt8], Failure> {
        var stream = z_stream()
        // Negative window bits: a raw deflate stream without zlib header, as zip stores it.
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(.corrupt)
        }
        defer { inflateEnd(&stream) }
        let capacity = expectedSize + 1
        var produced = 0
        var failure: Failure?
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            bytes.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + range.lowerBound)
                stream.avail_in = uInt(range.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(capacity)
                while true {
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    if status == Z_STREAM_END { break }
                    // Z_OK means progress was made; anything else (or no room, or no input left) ends it.
                    if status == Z_OK, stream.avail_out > 0, stream.avail_in > 0 { continue }
                    if status == Z_OK || status == Z_BUF_ERROR {
                        failure = stream.avail_out == 0 ? .sizeMismatch : .corrupt
                    } else {
                        failure = .corrupt
                    }
                    break
                }
            }
            produced = capacity - Int(stream.avail_out)
            // The bytes were written by zlib; report them as initialised (nothing beyond).
            initialized = produced
        }
        if let failure { return .failure(failure) }
        guard produced == expectedSize else { return .failure(.sizeMismatch) }
        return .success(output)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc: uLong = 0
            var offset = 0
            // zlib takes a 32-bit length: feed large buffers in pieces.
            while offset < buffer.count {
                let length = min(buffer.count - offset, 1 << 30)
                crc = CZlib.crc32(crc, buffer.baseAddress! + offset, uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
