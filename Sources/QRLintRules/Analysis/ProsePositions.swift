/// Scalar indices of one kind, unit by unit, in one flat array: the writing-norm rules visit only the places
/// they can act on, without an array per unit (a draft has thousands of units, most with a handful of places).
public struct ProsePositions: Sendable {
    /// Every unit's indices, unit after unit, each unit's ascending.
    public private(set) var indices: [Int] = []
    /// Unit `u`'s indices are `indices[starts[u]..<starts[u + 1]]`.
    private var starts: [Int] = [0]

    init(reservingCapacity capacity: Int = 0, units: Int = 0) {
        indices.reserveCapacity(capacity)
        starts.reserveCapacity(units + 1)
    }

    mutating func append(_ index: Int) { indices.append(index) }

    /// Closes the current unit: the indices appended since the last call are its.
    mutating func endUnit() { starts.append(indices.count) }

    /// Where unit `unit`'s indices are in `indices`.
    public func range(of unit: Int) -> Range<Int> { starts[unit]..<starts[unit + 1] }

    /// Unit `unit`'s indices.
    public func of(_ unit: Int) -> ArraySlice<Int> { indices[range(of: unit)] }

    /// The number of units closed so far.
    public var unitCount: Int { starts.count - 1 }
}
