/// Caption numbers ("3", "2-1") as integer keys, equal exactly when the numbers are equal: a dictionary keyed by
/// them hashes one integer instead of an array. Short numbers of small components are packed into the key;
/// any other number gets a negative id of its own, numbered as first seen.
struct CaptionNumberKeys {
    private static let componentBits = 20
    private var others: [[Int]: Int] = [:]

    mutating func key(_ number: [Int]) -> Int {
        if number.count <= 2, number.allSatisfy({ $0 >= 0 && $0 < 1 << Self.componentBits }) {
            var packed = number.count
            for component in number { packed = packed << Self.componentBits | component }
            return packed
        }
        if let known = others[number] { return known }
        let id = -1 - others.count
        others[number] = id
        return id
    }
}
