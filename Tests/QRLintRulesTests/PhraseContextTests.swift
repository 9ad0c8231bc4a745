import Testing

@testable import QRLintRules

/// The words around a phrase read the same in a unit's array and in place in the shared buffer.
struct PhraseContextTests {
    private let text = Array("较 2024 年“质量年度报告”，20大精神".unicodeScalars)

    @Test func anArrayAndABufferGiveTheSameAnswers() {
        text.withUnsafeBufferPointer { buffer in
            for index in 0...text.count {
                for word in ["年", "质量年度报告", "较2024", "20大"] {
                    #expect(
                        PhraseContext.starts(buffer, at: index, with: word)
                            == PhraseContext.starts(text, at: index, with: word))
                    #expect(
                        PhraseContext.ends(buffer, before: index, with: word)
                            == PhraseContext.ends(text, before: index, with: word))
                }
            }
            #expect(PhraseContext.starts(buffer, at: 9, with: "质量年度报告"))
            #expect(PhraseContext.ends(buffer, before: 6, with: "较2024"))
            let range = 17..<20
            #expect(PhraseContext.clause(buffer, around: range) == PhraseContext.clause(text, around: range))
            #expect(PhraseBoundary.allows(buffer, range) == PhraseBoundary.allows(text, range))
            let guards = PhraseGuards(onlyFollowedBy: ["精神"])
            #expect(guards.allows(buffer, 17..<20))
            #expect(!guards.allows(buffer, 0..<1))
        }
    }
}
