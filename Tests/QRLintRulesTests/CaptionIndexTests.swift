import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

/// `CaptionIndex.contains`, which looks captions up by a packed kind and number.
struct CaptionIndexTests {
    private func index(_ markdown: String) -> CaptionIndex {
        let document = MarkdownReader.read(SourceText(path: "x.md", text: markdown))
        let outline = Outline(document: document, knownTitles: [])
        return CaptionIndex(document: document, outline: outline, prose: ProseScan(document: document, phrases: []))
    }

    @Test func containsExactlyTheKindAndNumberOfACaption() {
        let captions = index(
            """
            # 1 学校概况

            图 1 学校大门

            表 2-1 学生情况统计表

            表 21 教师情况统计表

            【案例 12】红色研学
            """)
        #expect(captions.contains(.figure, [1]))
        #expect(captions.contains(.table, [2, 1]))
        #expect(captions.contains(.table, [21]))
        #expect(captions.contains(.caseStudy, [12]))
        // Same digits, other parts or kind: not the same caption.
        #expect(!captions.contains(.table, [2]))
        #expect(!captions.contains(.table, [1]))
        #expect(!captions.contains(.table, [1, 2]))
        #expect(!captions.contains(.table, [2, 1, 0]))
        #expect(!captions.contains(.figure, [2, 1]))
        #expect(!captions.contains(.caseStudy, [1, 2]))
        #expect(!captions.contains(.appendixTable, [1]))
    }
}
