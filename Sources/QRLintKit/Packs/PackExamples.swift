import QRLintCore
import QRLintRules

/// Every example that a rule pack's entries carry, run through the code that reads the pack: word lists
/// through their rule, measures, partitions and formulas through the number engine. `qrlint rules
/// validate` reports what fails, so a pack author learns at once when an entry does not do what its
/// examples say.
public enum PackExamples {
    /// One line per failing example; empty when every example passes.
    public static func failures(in packs: RulePacks) throws(QRLintError) -> [String] {
        var failures: [String] = []
        failures += try LexiconExampleRunner.check(PlaceholderLexicon.self, packs: packs).map(\.description)
        failures += try LexiconExampleRunner.check(FormulationLexicon.self, packs: packs).map(\.description)
        failures += try LexiconExampleRunner.check(FixedTermLexicon.self, packs: packs).map(\.description)
        failures += NumberPackExamples.failures(in: packs)
        return failures
    }
}
