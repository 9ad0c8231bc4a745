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

    @Test func firstMemberSkipsToTheNextScalarInTheSet() {
        let set = ScalarBitSet([0x5B66, 0x1F600])
        let s = Array("教学😀生学".unicodeScalars)
        #expect(set.firstMember(of: s, from: 0, to: s.count) == 1)
        #expect(set.firstMember(of: s, from: 2, to: s.count) == 2)
        #expect(set.firstMember(of: s, from: 3, to: s.count) == 4)
        #expect(set.firstMember(of: s, from: 3, to: 4) == 4)
        #expect(set.firstMember(of: s, from: 5, to: s.count) == 5)
    }
}
