/// Tests on four scalars at once, for the loops that walk long runs of Han text.
enum ScalarRun {
    /// Whether the four scalars at `p` are all common Han characters (U+4E00…U+9FFF): one vector compare
    /// where a scalar loop makes four.
    @inline(__always)
    static func areCommonHan(_ p: UnsafePointer<Unicode.Scalar>) -> Bool {
        let four = UnsafeRawPointer(p).loadUnaligned(as: SIMD4<UInt32>.self)
        return all(four &- SIMD4(repeating: 0x4E00) .<= SIMD4(repeating: 0x9FFF - 0x4E00))
    }
}
