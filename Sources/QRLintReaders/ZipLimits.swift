/// How much a `.docx` may make qrlint unpack. A zip bomb (a few kilobytes that inflate to gigabytes) or
/// an archive with millions of entries must fail fast with a clear error instead of eating memory.
public struct ZipLimits: Sendable, Hashable {
    /// Entries in the central directory; Word writes a few dozen, plus one per picture.
    public var maxEntries: Int
    /// Uncompressed size of one extracted entry.
    public var maxEntrySize: Int
    /// Uncompressed size of everything extracted from one archive (only the parts qrlint reads count:
    /// pictures are never unpacked).
    public var maxTotalSize: Int
    /// Uncompressed : compressed, checked for entries of at least `ratioCheckMinimumSize` bytes. Word's XML
    /// compresses about 10:1; deflate cannot exceed about 1032:1.
    public var maxRatio: Int
    public var ratioCheckMinimumSize: Int

    public init(
        maxEntries: Int = 10_000, maxEntrySize: Int = 200 << 20, maxTotalSize: Int = 200 << 20, maxRatio: Int = 200,
        ratioCheckMinimumSize: Int = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioCheckMinimumSize = ratioCheckMinimumSize
    }

    public static let standard = ZipLimits()
}
