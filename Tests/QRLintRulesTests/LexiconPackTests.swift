import QRLintCore
import QRLintKit
import QRLintRules
import QRLintTestSupport
import Testing

/// Every word-list entry carries examples, and they hold: the rule that reads the list flags the triggering
/// ones at their marks and stays silent on the others.
struct LexiconPackTests {
    @Test func placeholderExamples() throws {
        let failures = try LexiconExampleRunner.check(PlaceholderLexicon.self, packs: RulePacks.builtIn())
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func formulationExamples() throws {
        let failures = try LexiconExampleRunner.check(FormulationLexicon.self, packs: RulePacks.builtIn())
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func fixedTermExamples() throws {
        let failures = try LexiconExampleRunner.check(FixedTermLexicon.self, packs: RulePacks.builtIn())
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// A new word-list kind must be added to the tests above.
    @Test func everyWordListKindIsTested() {
        let tested: Set<String> = [PlaceholderLexicon.folder, FormulationLexicon.folder, FixedTermLexicon.folder]
        let kinds = RulePackKinds.all.compactMap { ($0 as? any LexiconPack.Type)?.folder }
        #expect(Set(kinds) == tested)
    }

    @Test func builtInListsAreNotEmpty() throws {
        let packs = try RulePacks.builtIn()
        #expect(!packs.all(PlaceholderLexicon.self).isEmpty)
        #expect(!packs.all(FormulationLexicon.self).isEmpty)
        #expect(!packs.all(FixedTermLexicon.self).isEmpty)
    }

    @Test func entryWithoutExamplesIsRejected() {
        let json = """
            { "id": "x", "entries": [ { "term": "二十大", "forms": ["20大"] } ] }
            """
        #expect {
            _ = try RulePacks.load(files: [("lexicon/fixed-terms/x.json", json)])
        } throws: { error in
            ((error as? QRLintError)?.message ?? "").contains("examples")
        }
    }

    @Test func unknownKeyAndBadDateAreRejected() {
        let unknown = """
            { "id": "x", "entries": [ { "phrases": ["待补充"], "what": "标记", "examples": { "triggering": ["⟦待补充⟧"] },
              "unlessFolowedBy": ["了"] } ] }
            """
        #expect {
            _ = try RulePacks.load(files: [("lexicon/placeholders/x.json", unknown)])
        } throws: { error in
            let message = (error as? QRLintError)?.message ?? ""
            return message.contains("entries[0].unlessFolowedBy") && message.contains("未知的键")
        }
        let badDate = """
            { "id": "x", "entries": [ { "outdated": "a", "current": "b", "since": "2022/10/16", "source": "s",
              "fromReportYear": 2023, "forms": ["十九大精神"], "examples": { "triggering": ["⟦十九大精神⟧"] } } ] }
            """
        #expect {
            _ = try RulePacks.load(files: [("lexicon/formulations/x.json", badDate)])
        } throws: { error in
            ((error as? QRLintError)?.message ?? "").contains("yyyy-mm-dd")
        }
        let noTriggering = """
            { "id": "x", "entries": [ { "term": "二十大", "forms": ["20大"], "examples": { "triggering": [] } } ] }
            """
        #expect(throws: QRLintError.self) {
            _ = try RulePacks.load(files: [("lexicon/fixed-terms/x.json", noTriggering)])
        }
    }

    /// A user's list adds to the built-in ones of its kind.
    @Test func userEntriesAreUsed() throws {
        let json = """
            { "id": "school-words", "entries": [ { "phrases": ["此处待定"], "what": "待定标记",
              "examples": { "triggering": ["⟦此处待定⟧"] } } ] }
            """
        var files = RulePacks.embeddedFiles.map { (path: $0.key, contents: $0.value) }
        files.append(("lexicon/placeholders/school-words.json", json))
        let packs = try RulePacks.load(files: files)
        let failures = try LexiconExampleRunner.check(PlaceholderLexicon.self, packs: packs)
        #expect(failures.isEmpty, "\(failures)")
        let rule = try #require(RuleRegistry.rule("text.placeholder"))
        let (_, diagnostics) = try ExampleRunner.lint("学校简介：此处待定。", rule: rule, template: nil, packs: packs)
        #expect(diagnostics.count == 1)
    }
}
