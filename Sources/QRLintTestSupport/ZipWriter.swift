/// Writes small zip archives for tests: stored entries, deflate entries made without a compressor, and
/// entries whose directory lies (sizes, CRC, flags), to build `.docx` inputs good and broken in code.
public struct ZipWriter: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// The bytes as stored in the archive (compressed for method 8).
        public var payload: [UInt8]
        public var method: Int
        public var crc32: UInt32
        public var uncompressedSize: Int
        /// General-purpose flags; bit 0 marks the entry encrypted.
        public var flags: Int

        public init(name: String, payload: [UInt8], method: Int, crc32: UInt32, uncompressedSize: Int, flags: Int = 0) {
            self.name = name
            self.payload = payload
            self.method = method
            self.crc32 = crc32
            self.uncompressedSize = uncompressedSize
            self.flags = flags
        }
    }

    public var entries: [Entry] = []

    public init() {}

    /// A stored (uncompressed) entry.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        entries.append(
            Entry(name: name, payload: data, method: 0, crc32: Self.crc32(data), uncompressedSize: data.count))
    }

    public mutating func add(_ name: String, _ text: String) {
        add(name, Array(text.utf8))
    }

    /// A deflate entry written as deflate's own uncompressed blocks: valid method 8 data without a compressor.
    public mutating func addDeflated(_ name: String, _ data: [UInt8]) {
        entries.append(
            Entry(
                name: name, payload: Self.storedDeflateBlocks(data), method: 8, crc32: Self.crc32(data),
                uncompressedSize: data.count))
    }

    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The archive: local headers with data, central directory, end record.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let offset = out.count
            out += u32(0x0403_4B50) + u16(20) + u16(entry.flags) + u16(entry.method) + u16(0) + u16(0x21)
            out += u32(Int(entry.crc32)) + u32(entry.payload.count) + u32(entry.uncompressedSize)
            out += u16(name.count) + u16(0) + name + entry.payload
            directory +=
                u32(0x0201_4B50) + u16(20) + u16(20) + u16(entry.flags) + u16(entry.method) + u16(0) + u16(0x21)
            directory += u32(Int(entry.crc32)) + u32(entry.payload.count) + u32(entry.uncompressedSize)
            directory += u16(name.count) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset) + name
        }
        let directoryOffset = out.count
        out += directory
        out += u32(0x0605_4B50) + u16(0) + u16(0) + u16(entries.count) + u16(entries.count)
        out += u32(directory.count) + u32(directoryOffset) + u16(0)
        return out
    }

    // MARK: - Deflate without a compressor

    /// Deflate data made of uncompressed blocks (BTYPE 00), at most 65535 bytes each.
    public static func storedDeflateBlocks(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var offset = 0
        repeat {
            let length = min(65535, data.count - offset)
            let isFinal = offset + length == data.count
            out.append(isFinal ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        return out
    }

    /// `count` zero bytes as one fixed-Huffman deflate block: a literal, then back-references of 258 bytes
    /// at distance 1 (13 bits each, about 160:1) — the shape of a zip bomb.
    public static func deflatedZeros(_ count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // final block
        bits.write(1, count: 2)  // fixed Huffman codes
        var remaining = count
        if remaining > 0 {
            bits.writeCode(0x30, length: 8)  // literal 0
            remaining -= 1
        }
        while remaining >= 258 {
            bits.writeCode(0xC5, length: 8)  // length 258 (symbol 285)
            bits.writeCode(0, length: 5)  // distance 1
            remaining -= 258
        }
        for _ in 0..<remaining { bits.writeCode(0x30, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return bits.bytes()
    }

    private struct BitWriter {
        private var out: [UInt8] = []
        private var current: UInt32 = 0
        private var used = 0

        /// Deflate packs values least significant bit first.
        mutating func write(_ value: UInt32, count: Int) {
            for i in 0..<count {
                current |= ((value >> UInt32(i)) & 1) << UInt32(used)
                used += 1
                if used == 8 {
                    out.append(UInt8(current))
                    current = 0
                    used = 0
                }
            }
        }

        /// Huffman codes go most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { write((code >> UInt32(i)) & 1, count: 1) }
        }

        func bytes() -> [UInt8] { used > 0 ? out + [UInt8(current)] : out }
    }

    // MARK: - Helpers

    /// CRC-32 as zip uses it (reflected, polynomial 0xEDB88320), table-driven.
    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    private func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }

    private func u32(_ value: Int) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 24) & 0xFF)]
    }
}
