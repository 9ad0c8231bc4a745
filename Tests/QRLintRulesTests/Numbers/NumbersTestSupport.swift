import QRLintCore
import QRLintReaders

@testable import QRLintRules

/// Small helpers for the number-analysis unit tests: one paragraph per line, report year 2025.
enum Numbers {
    static let lexicon: NumberLexicon = {
        guard let packs = try? RulePacks.builtIn() else { fatalError("内置规则包无法加载") }
        return NumberLexicon(packs: packs)
    }()

    static func analyse(_ text: String) -> NumberAnalysis {
        NumberPackExamples.analysis(text, lexicon: lexicon)
    }

    /// The quantities of a text, in order.
    static func quantities(_ text: String) -> [Quantity] {
        analyse(text).quantities
    }

    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// The id of a label's measure ("students").
    static func measure(_ label: MeasureLabel?) -> String? { label?.measure.map { lexicon.measures[$0].id } }

    /// The name of a quantity's base unit ("元").
    static func baseUnit(_ q: Quantity?) -> String? { lexicon.baseUnitName(q?.baseUnit ?? nil) }
}

extension Numbers {
    /// A Markdown draft (tables included), analysed with the report year 2025.
    static func analyseMarkdown(_ text: String) -> NumberAnalysis {
        let document = MarkdownReader.read(SourceText(path: "test.md", text: text))
        return NumberAnalysis(document: document, lexicon: lexicon, reportYear: 2025)
    }
}
