import QRLintCore

/// A zip archive read in memory (a `.docx` is one): its directory, and entries unpacked on request.
///
/// Only what a `.docx` needs: stored and deflate entries, no encryption, no ZIP64, one disk. Every size
/// and offset is checked against the bytes and against `ZipLimits` before anything is allocated or
/// inflated, so a malformed, truncated or hostile archive is a `QRLintError` (exit 2), never a crash.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// 0 stored, 8 deflate.
        public var method: Int
        public var isEncrypted: Bool
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int
    }

    public let path: String
    public let limits: ZipLimits
    /// In directory order.
    public let entries: [Entry]
    private let bytes: ZipBytes
    /// Bytes unpacked so far, against `limits.maxTotalSize`.
    public private(set) var extractedSize = 0

    private static let localSignature = 0x0403_4B50
    private static let localHeaderSize = 30

    public init(bytes: [UInt8], path: String, limits: ZipLimits = .standard) throws(QRLintError) {
        self.path = path
        self.limits = limits
        self.bytes = ZipBytes(bytes: bytes)
        self.entries = try ZipCentralDirectory.read(self.bytes, path: path, limits: limits)
    }

    /// The first entry with this exact name.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The unpacked bytes of the named entry; nil when the archive has no such entry.
    public mutating func extract(_ name: String) throws(QRLintError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try extract(entry)
    }

    public mutating func extract(_ entry: Entry) throws(QRLintError) -> [UInt8] {
        try checkLimits(entry)
        let data = try dataRange(entry)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard data.count == entry.uncompressedSize else {
                throw QRLintError(.input, ZipMessage.sizeMismatch(path, entry.name))
            }
            output = Array(bytes.bytes[data])
        case 8:
            switch ZipInflate.inflate(bytes.bytes, data, expectedSize: entry.uncompressedSize) {
            case .success(let inflated): output = inflated
            case .failure(.corrupt): throw QRLintError(.input, ZipMessage.corrupt(path, entry.name))
            case .failure(.sizeMismatch): throw QRLintError(.input, ZipMessage.sizeMismatch(path, entry.name))
            }
        default:
            throw QRLintError(.input, ZipMessage.unsupportedMethod(path, entry.name, entry.method))
        }
        guard ZipInflate.crc32(output) == entry.crc32 else {
            throw QRLintError(.input, ZipMessage.crc(path, entry.name))
        }
        extractedSize += output.count
        return output
    }

    /// Sizes come from the directory and are checked before inflating; inflating then stops at the
    /// declared size, so a directory that lies cannot make it produce more.
    private func checkLimits(_ entry: Entry) throws(QRLintError) {
        if entry.isEncrypted { throw QRLintError(.input, ZipMessage.encrypted(path, entry.name)) }
        if entry.uncompressedSize > limits.maxEntrySize {
            throw QRLintError(
                .input, ZipMessage.tooLarge(path, entry.name, entry.uncompressedSize, limits.maxEntrySize))
        }
        if extractedSize + entry.uncompressedSize > limits.maxTotalSize {
            throw QRLintError(.input, ZipMessage.totalTooLarge(path, limits.maxTotalSize))
        }
        if entry.uncompressedSize >= limits.ratioCheckMinimumSize {
            let ratio = entry.uncompressedSize / max(1, entry.compressedSize)
            if ratio > limits.maxRatio {
                throw QRLintError(.input, ZipMessage.ratio(path, entry.name, ratio, limits.maxRatio))
            }
        }
    }

    /// Where the entry's compressed bytes are: after its local header, whose name and extra field lengths
    /// may differ from the directory's.
    private func dataRange(_ entry: Entry) throws(QRLintError) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard bytes.hasSignature(Self.localSignature, at: header), let nameLength = bytes.u16(header + 26),
            let extraLength = bytes.u16(header + 28)
        else { throw QRLintError(.input, ZipMessage.badEntry(path, entry.name)) }
        let start = header + Self.localHeaderSize + nameLength + extraLength
        let end = start + entry.compressedSize
        guard end <= bytes.count else { throw QRLintError(.input, ZipMessage.badEntry(path, entry.name)) }
        return start..<end
    }
}
