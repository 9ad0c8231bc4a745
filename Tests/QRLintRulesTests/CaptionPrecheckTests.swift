import QRLintCore
import Testing

@testable import QRLintRules

struct CaptionPrecheckTests {
    static let texts = [
        "图 1 学校大门", "  表2：招生情况", "**附表 1 人才培养质量计分卡**", "【典型案例 3】红色研学", "[图 2] 实训",
        "案例5：校企合作", "\u{3000}附件 1", "图 1 至图 3 展示了……", "学校概况", "", "   ", "*_表 3_*", "续表 1",
    ]

    /// The precheck never rejects a text `CaptionText.parse` would read as a caption.
    @Test func precheckKeepsEveryCaption() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let trimmed = MappedText(scalars: scalars, segments: []).trimmed().scalars
            for strict in [false, true] where CaptionText.parse(trimmed, strict: strict) != nil {
                #expect(CaptionIndex.mayStartCaption(scalars), "\(text)")
                if CaptionText.parse(trimmed, strict: strict)?.kind == .appendixTable {
                    #expect(CaptionIndex.mayStartCaption(scalars, appendixOnly: true), "\(text)")
                }
            }
        }
    }

    @Test func precheckRejectsOrdinaryText() {
        #expect(!CaptionIndex.mayStartCaption(Array("学校概况".unicodeScalars)))
        #expect(!CaptionIndex.mayStartCaption(Array("图 1 学校大门".unicodeScalars), appendixOnly: true))
        #expect(CaptionIndex.mayStartCaption(Array("附表 1".unicodeScalars), appendixOnly: true))
    }

    @Test func opensAppendixNeedsTheWord() {
        #expect(CaptionIndex.opensAppendix(Array("8 附表".unicodeScalars)))
        #expect(CaptionIndex.opensAppendix(Array("附件：指标表".unicodeScalars)))
        #expect(!CaptionIndex.opensAppendix(Array("学校概况".unicodeScalars)))
    }
}
