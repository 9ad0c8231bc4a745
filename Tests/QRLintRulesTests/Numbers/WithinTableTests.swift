import Testing

@testable import QRLintRules

/// The table of `isWithin` by index built with the lexicon answers as the search by id does.
struct WithinTableTests {
    @Test func tableMatchesTheSearchByID() {
        let lexicon = Numbers.lexicon
        let measures = lexicon.measures
        #expect(!measures.isEmpty)
        for inner in measures.indices {
            for outer in measures.indices {
                #expect(
                    lexicon.isWithin(inner, outer) == lexicon.isWithin(measures[inner].id, measures[outer].id),
                    "\(measures[inner].id) within \(measures[outer].id)")
            }
        }
    }
}
