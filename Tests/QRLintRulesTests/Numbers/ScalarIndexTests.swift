import Testing

@testable import QRLintRules

/// Scalars numbered by their place in a list, found by hashing.
struct ScalarIndexTests {
    @Test func numbersEveryScalarOfTheListAndNoOther() {
        let list = Array("人个名元万%％项所校生".unicodeScalars).map(\.value) + [0, 0x1_F600]
        let index = ScalarIndex(list)
        for (number, scalar) in list.enumerated() { #expect(index.number(of: scalar) == number) }
        for scalar in "教师，。 a1".unicodeScalars { #expect(index.number(of: scalar.value) == nil) }
        #expect(ScalarIndex([]).number(of: 0x4EBA) == nil)
    }

    /// Scalars that share their low bits (and so may share a slot) are all found.
    @Test func collidingScalarsAreAllFound() {
        let list = (0..<200).map { UInt32(0x4E00 + 64 * $0) }
        let index = ScalarIndex(list)
        for (number, scalar) in list.enumerated() { #expect(index.number(of: scalar) == number) }
        #expect(index.number(of: 0x4E01) == nil)
    }
}
