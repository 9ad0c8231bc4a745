import QRLintCore

/// Finds the end-of-central-directory record and reads the central directory behind it: the archive's
/// table of contents, which is authoritative (local headers may leave sizes to a data descriptor).
enum ZipCentralDirectory {
    private static let endSignature = 0x0605_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let entrySignature = 0x0201_4B50
    private static let endRecordSize = 22
    private static let entryHeaderSize = 46
    private static let maxCommentLength = 0xFFFF

    static func read(_ bytes: ZipBytes, path: String, limits: ZipLimits) throws(QRLintError) -> [ZipArchive.Entry] {
        let end = try findEndRecord(bytes, path: path)
        guard let diskNumber = bytes.u16(end + 4), let directoryDisk = bytes.u16(end + 6),
            let entriesOnDisk = bytes.u16(end + 8), let entryCount = bytes.u16(end + 10),
            let directorySize = bytes.u32(end + 12), let directoryOffset = bytes.u32(end + 16)
        else { throw QRLintError(.input, ZipMessage.truncated(path)) }
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || bytes.hasSignature(zip64LocatorSignature, at: end - 20)
        {
            throw QRLintError(.input, ZipMessage.zip64(path))
        }
        guard diskNumber == 0, directoryDisk == 0, entriesOnDisk == entryCount else {
            throw QRLintError(.input, ZipMessage.multiDisk(path))
        }
        guard entryCount <= limits.maxEntries else {
            throw QRLintError(.input, ZipMessage.tooManyEntries(path, entryCount, limits.maxEntries))
        }
        guard directoryOffset + directorySize <= end, entryCount * entryHeaderSize <= directorySize else {
            throw QRLintError(.input, ZipMessage.badDirectory(path, end))
        }
        var entries: [ZipArchive.Entry] = []
        entries.reserveCapacity(entryCount)
        var offset = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        for _ in 0..<entryCount {
            let (entry, next) = try readEntry(bytes, at: offset, directoryEnd: directoryEnd, path: path)
            entries.append(entry)
            offset = next
        }
        return entries
    }

    /// The record sits in the last 22 bytes plus at most a 64 KiB comment; searched backwards.
    private static func findEndRecord(_ bytes: ZipBytes, path: String) throws(QRLintError) -> Int {
        let last = bytes.count - endRecordSize
        if last >= 0 {
            let first = max(0, last - maxCommentLength)
            var offset = last
            while offset >= first {
                if bytes.bytes[offset] == 0x50, bytes.hasSignature(endSignature, at: offset) { return offset }
                offset -= 1
            }
        }
        // A file that starts like a zip but has no directory was cut short.
        if bytes.hasSignature(0x0403_4B50, at: 0) { throw QRLintError(.input, ZipMessage.truncated(path)) }
        if bytes.count >= 8, bytes.bytes[0..<8].elementsEqual([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw QRLintError(.input, ZipMessage.compoundFile(path))
        }
        throw QRLintError(.input, ZipMessage.notZip(path))
    }

    private static func readEntry(
        _ bytes: ZipBytes, at offset: Int, directoryEnd: Int, path: String
    ) throws(QRLintError) -> (ZipArchive.Entry, next: Int) {
        guard offset + entryHeaderSize <= directoryEnd, bytes.hasSignature(entrySignature, at: offset),
            let flags = bytes.u16(offset + 8), let method = bytes.u16(offset + 10),
            let crc = bytes.u32(offset + 16), let compressedSize = bytes.u32(offset + 20),
            let uncompressedSize = bytes.u32(offset + 24), let nameLength = bytes.u16(offset + 28),
            let extraLength = bytes.u16(offset + 30), let commentLength = bytes.u16(offset + 32),
            let localHeaderOffset = bytes.u32(offset + 42)
        else { throw QRLintError(.input, ZipMessage.badDirectory(path, offset)) }
        let next = offset + entryHeaderSize + nameLength + extraLength + commentLength
        guard next <= directoryEnd, let name = bytes.name(offset + entryHeaderSize, nameLength) else {
            throw QRLintError(.input, ZipMessage.badDirectory(path, offset))
        }
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF {
            throw QRLintError(.input, ZipMessage.zip64(path))
        }
        let entry = ZipArchive.Entry(
            name: name, method: method, isEncrypted: flags & 1 != 0, crc32: UInt32(crc),
            compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            localHeaderOffset: localHeaderOffset)
        return (entry, next)
    }
}
