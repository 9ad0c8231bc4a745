/// Little-endian reads from an archive's bytes that never trap: out of range is nil.
struct ZipBytes {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    func u16(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16
            | Int(bytes[offset + 3]) << 24
    }

    func hasSignature(_ signature: Int, at offset: Int) -> Bool {
        u32(offset) == signature
    }

    /// `count` bytes at `offset` as a file name (UTF-8; invalid bytes replaced).
    func name(_ offset: Int, _ count: Int) -> String? {
        guard offset >= 0, count >= 0, offset + count <= bytes.count else { return nil }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}
