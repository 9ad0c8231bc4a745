/// Every spelling of every unit, grouped by first scalar, longest first within a group, laid out flat: a lookup
/// after a number reads integers and scalars in place instead of retaining a list of spelling arrays.
struct UnitSpellings: Sendable {
    /// The group of each first scalar.
    let firsts: ScalarIndex
    /// Spelling j's scalars are `scalars[(j == 0 ? 0 : starts[j - 1])..<starts[j]]`; its unit is `units[j]`.
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    var units: [Int] = []
    /// Group g's spellings are `groupStarts[g]..<groupStarts[g + 1]`.
    var groupStarts: [Int] = [0]

    /// `NumberLexicon.unit(in:at:limit:)`.
    func unit(in s: [Unicode.Scalar], at i: Int, limit: Int) -> (unit: Int, end: Int)? {
        guard i < limit, let group = firsts.number(of: s[i].value) else { return nil }
        for candidate in groupStarts[group]..<groupStarts[group + 1] {
            let lower = candidate == 0 ? 0 : starts[candidate - 1]
            let upper = starts[candidate]
            let count = upper - lower
            guard i + count <= limit else { continue }
            var k = 1
            while k < count, scalars[lower + k] == s[i + k] { k += 1 }
            guard k == count else { continue }
            // "个月" is a duration, "人民" a word: a unit must not run on into a word that continues it.
            let end = i + count
            if NumberLexicon.continuesWord(
                s, first: s[i], last: scalars[upper - 1], count: count, at: end, limit: limit)
            {
                continue
            }
            return (units[candidate], end)
        }
        return nil
    }
}
