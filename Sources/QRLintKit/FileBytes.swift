#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes read straight into one array: `FileManager.contents` filled a `Data` that was then copied
/// into `[UInt8]` — twice the memory, and a copy of a file that can be megabytes long.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read (a folder, no permission, an I/O error).
    static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        // One byte more than the size stat gives: if it gets filled, the file is longer than stated (it grew,
        // or stat does not know its size, as for a pipe) and the rest is read in chunks.
        let expected = max(Int(status.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = fill(buffer, from: descriptor, failed: &failed)
        }
        var more = !failed && bytes.count == expected
        while more {
            let chunk = [UInt8](unsafeUninitializedCapacity: 1 << 16) { buffer, count in
                count = fill(buffer, from: descriptor, failed: &failed)
            }
            bytes.append(contentsOf: chunk)
            more = !failed && chunk.count == 1 << 16
        }
        return failed ? nil : bytes
    }

    /// Reads until the buffer is full or the file ends; returns how many bytes were read.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, failed: inout Bool)
        -> Int
    {
        var count = 0
        while count < buffer.count {
            let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                failed = true
                break
            }
        }
        return count
    }
}
