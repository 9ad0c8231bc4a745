extension Array where Element: Comparable {
    /// In an array sorted ascending, the index of the first element not less than `value` (`count` when there
    /// is none), by halving: the lookup tables of the scanners are short sorted arrays, not hashed sets.
    @inlinable public func lowerBound(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// In an array sorted ascending, the index of `value`, or nil.
    @inlinable public func sortedIndex(of value: Element) -> Int? {
        let index = lowerBound(of: value)
        return index < count && self[index] == value ? index : nil
    }
}
