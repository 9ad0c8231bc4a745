import Testing

@testable import QRLintRules

struct ScalarBitSetTests {
    @Test func membersInAndBeyondTheBMP() {
        let set = ScalarBitSet([0x41, 0x5B66, 0xFFFF, 0x1F600])
        for value: UInt32 in [0x41, 0x5B66, 0xFFFF, 0x1F600] { #expect(set.contains(value)) }
        for value: UInt32 in [0, 0x42, 0x5B65, 0x1F601, 0x10FFFF] { #expect(!set.contains(value)) }
    }

    @Test func builtFromAPredicateOverTheBMP() {
        let digits = ScalarBitSet(bmpWhere: { ("0"..."9").contains($0) || $0 == "百" })
        #expect(digits.contains(Unicode.Scalar("7").value) && digits.contains(Unicode.Scalar("百").value))
        #expect(!digits.contains(Unicode.Scalar("a").value) && !digits.contains(Unicode.Scalar("十").value))
    }
}
