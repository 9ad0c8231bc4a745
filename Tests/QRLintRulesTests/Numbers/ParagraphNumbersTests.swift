import Testing

@testable import QRLintRules

/// The paragraphs of the number analysis as ranges of its document-wide arrays.
struct ParagraphNumbersTests {
    @Test func paragraphsAreRangesOfTheDocumentArrays() {
        // One paragraph per line; the second states no amount and has no entry.
        let analysis = Numbers.analyse("学校有教职工286人。专任教师240人。\n本段没有数。\n毕业生1480人，落实率97.3%。")
        #expect(analysis.paragraphs.count == 2)
        #expect(analysis.quantities.count == 4)
        let first = analysis.paragraphs[0]
        let second = analysis.paragraphs[1]
        #expect(first.quantities == 0..<2)
        #expect(second.quantities == 2..<4)
        #expect(analysis.quantities(of: second).map { analysis.text($0) } == ["1480人", "97.3%"])
        #expect(analysis.paragraph(block: second.block)?.quantities == second.quantities)
        #expect(analysis.paragraph(block: first.block + 1) == nil)
    }

    @Test func sentencesAreFoundInTheirParagraph() {
        let analysis = Numbers.analyse("学校有教职工286人。专任教师240人。\n毕业生1480人，落实率97.3%。")
        let first = analysis.paragraphs[0]
        // "学校有教职工286人。" is 11 scalars; the text ends after the second sentence.
        #expect(analysis.sentence(of: first, containing: 0) == 0..<11)
        #expect(analysis.sentence(of: first, containing: 10) == 0..<11)
        #expect(analysis.sentence(of: first, containing: 11) == 11..<20)
        // A paragraph's sentence starts begin at its own text, not at the document's array.
        let second = analysis.paragraphs[1]
        #expect(analysis.sentence(of: second, containing: 3) == 0..<18)
    }

    @Test func lookupOverStartsEndsAtTheTextLength() {
        let starts = [0, 5, 9]
        starts.withUnsafeBufferPointer { starts in
            #expect(SentenceLookup.sentence(starts, length: 12, containing: 0) == 0..<5)
            #expect(SentenceLookup.sentence(starts, length: 12, containing: 5) == 5..<9)
            #expect(SentenceLookup.sentence(starts, length: 12, containing: 11) == 9..<12)
        }
    }
}
