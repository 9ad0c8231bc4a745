/// The scalars of the number analysis's short texts (each number as written, its label, qualifier and
/// institution) one after the other in one buffer, so a `Quantity` holds plain offsets instead of strings and
/// array slices: copying or dropping one is a memory copy, not a retain or release per text.
public struct ScalarPool: Sendable {
    /// A run of the pool's scalars.
    public struct Run: Sendable, Hashable {
        var lower: Int32
        var upper: Int32

        /// Computed: a stored static is reached through a `swift_once` call on every read.
        public static var empty: Run { Run(lower: 0, upper: 0) }

        public var isEmpty: Bool { lower == upper }
        public var count: Int { Int(upper - lower) }
    }

    public private(set) var scalars: [Unicode.Scalar] = []

    public init() {}

    /// Keeps `s[range]` and returns where it is kept.
    mutating func add(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Run {
        guard !range.isEmpty else { return .empty }
        let lower = scalars.count
        // Through the buffer: a slice of `s` would retain it.
        s.withUnsafeBufferPointer { scalars.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        return Run(lower: Int32(lower), upper: Int32(scalars.count))
    }

    mutating func add(_ s: ArraySlice<Unicode.Scalar>) -> Run {
        guard !s.isEmpty else { return .empty }
        let lower = scalars.count
        scalars.append(contentsOf: s)
        return Run(lower: Int32(lower), upper: Int32(scalars.count))
    }

    mutating func add(_ text: String) -> Run {
        guard !text.isEmpty else { return .empty }
        let lower = scalars.count
        scalars.append(contentsOf: text.unicodeScalars)
        return Run(lower: Int32(lower), upper: Int32(scalars.count))
    }

    public subscript(run: Run) -> ArraySlice<Unicode.Scalar> { scalars[Int(run.lower)..<Int(run.upper)] }

    public func string(_ run: Run) -> String { String(scalars: self[run]) }

    /// The two runs hold the same scalars.
    public func same(_ a: Run, _ b: Run) -> Bool {
        guard a.count == b.count else { return false }
        if a == b { return true }
        var i = Int(a.lower)
        var k = Int(b.lower)
        while i < Int(a.upper) {
            if scalars[i] != scalars[k] { return false }
            i += 1
            k += 1
        }
        return true
    }

    /// Forgets everything added since the pool held `count` scalars (a scan whose result is dropped).
    mutating func truncate(to count: Int) {
        if scalars.count > count { scalars.removeSubrange(count...) }
    }
}
