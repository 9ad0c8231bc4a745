import QRLintCore

/// Runs the examples every entry of the number packs carries (units, measures, partition families, formulas),
/// so a pack author learns at once when an entry does not do what its examples say. Used by the test suite;
/// `qrlint rules validate` can call it too.
public enum NumberPackExamples {
    /// One line per failing example; empty when every example passes.
    public static func failures(in packs: RulePacks) -> [String] {
        let lexicon = NumberLexicon(packs: packs)
        var failures: [String] = []
        for pack in packs.all(MeasurePack.self) {
            for unit in pack.units {
                for example in unit.examples {
                    let numbers = analysis(example.text, lexicon: lexicon)
                    let found = numbers.quantities
                    let spellings = Set([unit.name] + unit.aliases)
                    if !found.contains(where: { q in
                        q.unit.map { lexicon.units[$0].name }.map { spellings.contains($0) || $0 == unit.name } == true
                            && close(q.value, example.value)
                    }) {
                        failures.append(
                            "measures/\(pack.id) 单位“\(unit.name)”：示例“\(example.text)”"
                                + "未读出 \(example.value)\(unit.base)（读出：\(describe(found, numbers))）")
                    }
                }
            }
            for measure in pack.measures {
                for example in measure.examples {
                    let numbers = analysis(example.text, lexicon: lexicon)
                    let found = numbers.quantities
                    if !found.contains(where: {
                        $0.label.measure.map { lexicon.measures[$0].id } == measure.id && close($0.value, example.value)
                    }) {
                        failures.append(
                            "measures/\(pack.id) 量“\(measure.id)”：示例“\(example.text)”"
                                + "未识别为该量的 \(example.value)（读出：\(describe(found, numbers))）")
                    }
                }
            }
        }
        for family in packs.all(PartitionFamily.self) {
            for example in family.examples {
                let numbers = analysis(example.text, lexicon: lexicon)
                let labels = numbers.quantities.map { Array(numbers.pool[$0.label.scalars]) }
                let match = PartitionMatcher.match(
                    labels: labels, lexicon: NumberLexicon(measurePacks: [], families: [family]))
                if match == nil || match?.complete != example.complete {
                    let got = match.map { $0.complete ? "完整" : "不完整" } ?? "未识别"
                    let expected = example.complete ? "完整" : "不完整"
                    let parts = labels.map(LabelExtractor.string).joined(separator: "、")
                    failures.append(
                        "lexicon/partitions/\(family.id)：示例“\(example.text)”应\(expected)，实际\(got)（分项：\(parts)）")
                }
            }
        }
        for pack in packs.all(FormulaPack.self) {
            for formula in pack.formulas {
                for (text, triggering) in formula.examples.triggering.map({ ($0, true) })
                    + formula.examples.nonTriggering.map({ ($0, false) })
                {
                    let numbers = analysis(text, lexicon: lexicon)
                    let results = FormulaCheck.results(numbers, formulas: [formula], severity: formula.severity)
                    let mismatched = results.contains { $0.consistency == .mismatch }
                    if mismatched != triggering {
                        failures.append(
                            "formulas/\(pack.id) 公式“\(formula.id)”：示例“\(text)”\(triggering ? "应报告却没有" : "不应报告却报告了")")
                    }
                }
            }
        }
        return failures
    }

    /// A small document of one paragraph per line, analysed with the report year 2025.
    static func analysis(_ text: String, lexicon: NumberLexicon) -> NumberAnalysis {
        NumberAnalysis(document: document(text), lexicon: lexicon, reportYear: 2025)
    }

    /// A plain-text document, one paragraph per line.
    static func document(_ text: String) -> Document {
        let source = SourceText(path: "example.txt", text: text)
        var blocks: [Block] = []
        var start = 0
        for (index, scalar) in source.scalars.enumerated() where scalar == "\n" {
            if index > start { blocks.append(paragraph(source, start..<index)) }
            start = index + 1
        }
        if start < source.scalars.count { blocks.append(paragraph(source, start..<source.scalars.count)) }
        return Document(source: source, format: .text, blocks: blocks)
    }

    private static func paragraph(_ source: SourceText, _ range: Range<Int>) -> Block {
        .paragraph(Paragraph(text: MappedText(source: source, range: range), span: Span(range)))
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(1e-6, abs(b) * 1e-6)
    }

    private static func describe(_ found: [Quantity], _ numbers: NumberAnalysis) -> String {
        found.isEmpty
            ? "无"
            : found.map { q in
                let measure = q.label.measure.map { "·\(numbers.lexicon.measures[$0].id)" } ?? ""
                return "\(numbers.text(q))=\(q.value)\(measure)"
            }.joined(separator: "，")
    }
}
