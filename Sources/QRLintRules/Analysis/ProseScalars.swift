/// Every prose unit's scalars end to end in one buffer. A rule reads a unit's text here in place: taking the
/// unit's `MappedText` from the document (`ProseScan.text(of:)`) copies its array (a retain and a release per
/// unit and rule, thousands per document), a view into this one buffer copies nothing.
public struct ProseScalars: Sendable {
    /// Shared by copies: only `ProseScan` appends, while it builds the scan, before anything copies it.
    private let storage: Storage
    /// Unit `u`'s scalars are `storage[starts[u]..<starts[u + 1]]`.
    private var starts: [Int] = [0]

    init(reservingCapacity capacity: Int = 0, units: Int = 0) {
        storage = Storage(capacity: max(capacity, 16))
        starts.reserveCapacity(units + 1)
    }

    /// Adds the next unit's scalars.
    mutating func append(_ unit: UnsafeBufferPointer<Unicode.Scalar>) {
        storage.append(unit)
        starts.append(storage.count)
    }

    /// The number of units added.
    public var unitCount: Int { starts.count - 1 }

    /// Calls `body` with views of every unit's scalars, valid only inside `body`.
    public func withUnits<R>(_ body: (Units) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) {
            try starts.withUnsafeBufferPointer { starts in
                try body(Units(storage: UnsafeBufferPointer(start: storage.base, count: storage.count), starts: starts))
            }
        }
    }

    /// The units' scalars, read in place.
    public struct Units {
        fileprivate let storage: UnsafeBufferPointer<Unicode.Scalar>
        fileprivate let starts: UnsafeBufferPointer<Int>

        public var count: Int { starts.count - 1 }

        /// Unit `unit`'s scalars, indexed from 0 like its text.
        @inline(__always)
        public subscript(unit: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
            UnsafeBufferPointer(rebasing: storage[starts[unit]..<starts[unit + 1]])
        }
    }

    /// The scalars' memory, appended to with a plain copy: an array's `append(contentsOf:)` cost about 70
    /// instructions a unit (uniqueness and capacity checks, a generic copy) on top of the copy itself.
    private final class Storage: @unchecked Sendable {
        private(set) var base: UnsafeMutablePointer<Unicode.Scalar>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        func append(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
            guard let source = scalars.baseAddress, !scalars.isEmpty else { return }
            let needed = count + scalars.count
            if needed > capacity {
                let grown = max(needed, capacity * 2)
                let larger = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: grown)
                larger.moveInitialize(from: base, count: count)
                base.deallocate()
                base = larger
                capacity = grown
            }
            (base + count).initialize(from: source, count: scalars.count)
            count = needed
        }

        deinit { base.deallocate() }
    }
}
