import Testing

@testable import QRLintRules

/// The integer keys `CaptionSequence` finds repeated caption numbers by.
struct CaptionNumberKeysTests {
    @Test func equalNumbersGetEqualKeysAndOthersDiffer() {
        var keys = CaptionNumberKeys()
        let numbers: [[Int]] = [
            [], [0], [1], [2], [1, 0], [0, 1], [1, 1], [2, 1], [1, 2], [10, 3], [3, 10], [1 << 20], [1, 1 << 20],
            [1, 2, 3], [3, 2, 1], [-1], [1, -1], [(1 << 20) - 1, (1 << 20) - 1],
        ]
        var seen: [Int: [Int]] = [:]
        for number in numbers {
            let key = keys.key(number)
            #expect(seen[key] == nil, "\(number) clashes with \(seen[key] ?? [])")
            seen[key] = number
        }
        for number in numbers {
            #expect(seen[keys.key(number)] == number)
        }
    }
}
