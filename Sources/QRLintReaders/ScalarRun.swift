/// Tests on four scalars at once, for the loops that walk long runs of Han text or compare texts.
enum ScalarRun {
    /// Whether the four scalars at `p` are all common Han characters (U+4E00…U+9FFF): one vector compare
    /// where a scalar loop makes four.
    @inline(__always)
    static func areCommonHan(_ p: UnsafePointer<Unicode.Scalar>) -> Bool {
        let four = UnsafeRawPointer(p).loadUnaligned(as: SIMD4<UInt32>.self)
        return all(four &- SIMD4(repeating: 0x4E00) .<= SIMD4(repeating: 0x9FFF - 0x4E00))
    }

    /// Whether the four scalars at `p` differ from the four at `q` anywhere: one vector compare.
    @inline(__always)
    static func differ(_ p: UnsafePointer<Unicode.Scalar>, _ q: UnsafePointer<Unicode.Scalar>) -> Bool {
        let a = UnsafeRawPointer(p).loadUnaligned(as: SIMD4<UInt32>.self)
        let b = UnsafeRawPointer(q).loadUnaligned(as: SIMD4<UInt32>.self)
        return any(a .!= b)
    }
}
