extension StringProtocol {
    /// Whether `needle` occurs in this text, compared by UTF-8 bytes (exact, no normalisation). Foundation's
    /// `contains` goes through `range(of:options:)` and CFString, which profiles showed taking a tenth of a
    /// lint; a byte search is exact for UTF-8 because no character's encoding starts inside another's.
    @inlinable public func containsText(_ needle: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern in Self.occurs(pattern, in: haystack) }
        }
        if let found = found ?? nil { return found }
        return Array(utf8).withUnsafeBufferPointer { haystack in
            Array(needle.utf8).withUnsafeBufferPointer { pattern in Self.occurs(pattern, in: haystack) }
        }
    }

    @usableFromInline static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        var i = 0
        let last = haystack.count - pattern.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < pattern.count, haystack[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return true }
            }
            i += 1
        }
        return false
    }
}
