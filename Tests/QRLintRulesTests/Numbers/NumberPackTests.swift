import Foundation
import QRLintCore
import QRLintRules
import Testing

/// The number packs (`Rules/measures`, `Rules/formulas`, `Rules/lexicon/partitions`): every entry's examples
/// pass, and the schemas reject what they do not know.
struct NumberPackTests {
    @Test func everyPackEntryExamplePasses() throws {
        let failures = NumberPackExamples.failures(in: try RulePacks.builtIn())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func builtInNumberPacksLoad() throws {
        let packs = try RulePacks.builtIn()
        let measures = packs.all(MeasurePack.self)
        #expect(measures.flatMap(\.units).contains { $0.name == "万元" && $0.factor == 10000 && $0.base == "元" })
        #expect(measures.flatMap(\.measures).contains { $0.id == "students" && $0.aliases.contains("在校学生") })
        #expect(packs.all(PartitionFamily.self).contains { $0.id == "title-levels" })
        #expect(packs.all(FormulaPack.self).flatMap(\.formulas).contains { $0.id == "student-teacher-ratio" })
    }

    /// Every measure a formula or a `within` names exists.
    @Test func formulasAndBoundsNameKnownMeasures() throws {
        let packs = try RulePacks.builtIn()
        let ids = Set(packs.all(MeasurePack.self).flatMap(\.measures).map(\.id))
        for formula in packs.all(FormulaPack.self).flatMap(\.formulas) {
            #expect(ids.contains(formula.result), "\(formula.id): \(formula.result)")
            for term in formula.alternatives.flatMap(\.terms) { #expect(ids.contains(term), "\(formula.id): \(term)") }
        }
        for measure in packs.all(MeasurePack.self).flatMap(\.measures) {
            for outer in measure.within { #expect(ids.contains(outer), "\(measure.id) within \(outer)") }
        }
    }

    @Test func unknownKeysAreErrors() {
        let cases: [(String, String, String)] = [
            ("measures/x.json", #"{"id": "x", "units": [{"name": "人", "exmaples": []}]}"#, "units[0].exmaples"),
            (
                "formulas/x.json",
                #"{"id": "x", "formulas": [{"id": "f", "name": "f", "result": "a", "#
                    + #""alternatives": [{"divde": ["a", "b"]}], "severity": "error", "#
                    + #""examples": {"triggering": ["a"], "nonTriggering": ["b"]}}]}"#,
                "divde"
            ),
            ("lexicon/partitions/x.json", #"{"id": "x", "name": "x", "member": [], "examples": []}"#, "member"),
        ]
        for (path, json, key) in cases {
            #expect {
                _ = try RulePacks.load(files: [(path, json)])
            } throws: { error in
                let message = (error as? QRLintError)?.message ?? ""
                return message.contains(path) && message.contains(key)
            }
        }
    }

    @Test func entriesWithoutExamplesAreErrors() {
        let json = #"{"id": "x", "units": [{"name": "人", "examples": []}]}"#
        #expect(throws: QRLintError.self) { _ = try RulePacks.load(files: [("measures/x.json", json)]) }
        let formula =
            #"{"id": "x", "formulas": [{"id": "f", "name": "f", "result": "a", "alternatives": [{"add": ["a", "b"]}], "#
            + #""severity": "info", "examples": {"triggering": ["a"], "nonTriggering": ["b"]}}]}"#
        #expect(throws: QRLintError.self) { _ = try RulePacks.load(files: [("formulas/x.json", formula)]) }
    }
}
