#if canImport(Glibc)
    import CMalloc
#endif

/// Process-wide allocator settings for the command-line tools; the library leaves the allocator alone.
public enum AllocatorTuning {
    /// glibc gives every block above an adaptive threshold a fresh mapping of its own and unmaps it when it is
    /// freed, so the arrays of a large input, which grow by doubling, fault in new zeroed pages at every step.
    /// With a fixed high threshold they come from the heap, where freed blocks are reused: on a 10 MB file
    /// about a seventh fewer page faults and a tenth less time.
    public static func applyForCommandLine() {
        #if canImport(Glibc)
            _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        #endif
    }
}
