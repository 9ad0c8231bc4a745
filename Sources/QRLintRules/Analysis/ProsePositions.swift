/// Scalar indices of one kind, unit by unit, in one flat array: the writing-norm rules visit only the places
/// they can act on, without an array per unit (a draft has thousands of units, most with a handful of places).
public struct ProsePositions: Sendable {
    /// Every unit's indices, unit after unit, each unit's ascending.
    public private(set) var indices: [Int] = []
    /// The scalar at each of `indices`, so that a rule can look for the few it acts on without its unit's text.
    public private(set) var scalars: [Unicode.Scalar] = []
    /// Unit `u`'s indices are `indices[starts[u]..<starts[u + 1]]`.
    private var starts: [Int] = [0]

    init(reservingCapacity capacity: Int = 0, units: Int = 0) {
        indices.reserveCapacity(capacity)
        scalars.reserveCapacity(capacity)
        starts.reserveCapacity(units + 1)
    }

    mutating func append(_ index: Int, _ scalar: Unicode.Scalar) {
        indices.append(index)
        scalars.append(scalar)
    }

    /// Closes the current unit: the indices appended since the last call are its.
    mutating func endUnit() { starts.append(indices.count) }

    /// Where unit `unit`'s indices are in `indices`.
    public func range(of unit: Int) -> Range<Int> { starts[unit]..<starts[unit + 1] }

    /// Unit `unit`'s indices.
    public func of(_ unit: Int) -> ArraySlice<Int> { indices[range(of: unit)] }

    /// Calls `body` with each unit (and the range of its indices) that has a position whose scalar is `wanted`,
    /// in order: a rule that acts on a few rare scalars skips the other units without touching them.
    @inline(__always)
    func forEachUnit(having wanted: (Unicode.Scalar) -> Bool, _ body: (Int, Range<Int>) -> Void) {
        var k = 0
        var unit = 0
        while k < scalars.count {
            guard wanted(scalars[k]) else {
                k += 1
                continue
            }
            while starts[unit + 1] <= k { unit += 1 }
            let range = starts[unit]..<starts[unit + 1]
            body(unit, range)
            k = range.upperBound
        }
    }

    /// The number of units closed so far.
    public var unitCount: Int { starts.count - 1 }
}

extension ProsePositions {
    /// Collects positions for `ProseScan`, which appends one for most scalars that are not ideographs: through
    /// pointers, where each of the two arrays' `append` asked whether its buffer was shared (a runtime call,
    /// over a hundred thousand a megabyte). The arrays are made once, at the end. The properties are exempt from
    /// the run-time exclusivity check (a call on each access of a class's property, which cost more than the
    /// arrays' checks): only `ProseScan.init` uses a builder, one access at a time.
    final class Builder {
        @exclusivity(unchecked) private var indices: UnsafeMutablePointer<Int>
        @exclusivity(unchecked) private var scalars: UnsafeMutablePointer<Unicode.Scalar>
        @exclusivity(unchecked) private var count = 0
        @exclusivity(unchecked) private var capacity: Int
        @exclusivity(unchecked) private var starts: [Int] = [0]

        init(reservingCapacity capacity: Int, units: Int) {
            self.capacity = max(capacity, 16)
            indices = .allocate(capacity: self.capacity)
            scalars = .allocate(capacity: self.capacity)
            starts.reserveCapacity(units + 1)
        }

        @inline(__always)
        func append(_ index: Int, _ scalar: Unicode.Scalar) {
            if count == capacity { grow() }
            (indices + count).initialize(to: index)
            (scalars + count).initialize(to: scalar)
            count += 1
        }

        /// Closes the current unit: the indices appended since the last call are its.
        func endUnit() { starts.append(count) }

        /// The positions appended so far.
        func build() -> ProsePositions {
            var positions = ProsePositions()
            positions.indices = Array(UnsafeBufferPointer(start: indices, count: count))
            positions.scalars = Array(UnsafeBufferPointer(start: scalars, count: count))
            positions.starts = starts
            return positions
        }

        private func grow() {
            let larger = capacity * 2
            let newIndices = UnsafeMutablePointer<Int>.allocate(capacity: larger)
            newIndices.moveInitialize(from: indices, count: count)
            indices.deallocate()
            indices = newIndices
            let newScalars = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: larger)
            newScalars.moveInitialize(from: scalars, count: count)
            scalars.deallocate()
            scalars = newScalars
            capacity = larger
        }

        deinit {
            indices.deallocate()
            scalars.deallocate()
        }
    }
}
