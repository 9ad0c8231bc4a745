import Foundation
import QRLintKit
import Testing

/// `qrlint rules validate DIR` loads a folder of packs and runs every example their entries carry.
@Suite struct RulesValidateTests {
    private func folder(with packs: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-validate-\(UUID().uuidString)")
        for (path, contents) in packs {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }

    private func placeholders(triggering example: String) -> [String: String] {
        [
            "lexicon/placeholders/school-words.json": """
            { "id": "school-words", "entries": [ { "phrases": ["此处待定"], "what": "待定标记",
              "examples": { "triggering": ["\(example)"] } } ] }
            """
        ]
    }

    @Test func packWhoseExamplesHoldIsValid() throws {
        let directory = try folder(with: placeholders(triggering: "学校简介：⟦此处待定⟧。"))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = runQRLint(["rules", "validate", directory])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("所有示例通过"))
    }

    @Test func exampleThePackDoesNotFlagIsReported() throws {
        let directory = try folder(with: placeholders(triggering: "学校简介：⟦另有安排⟧。"))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = runQRLint(["rules", "validate", directory])
        #expect(result.status == 1)
        #expect(result.out.contains("lexicon/placeholders/school-words"))
        #expect(result.out.contains("应当报告，却没有报告"))
        #expect(result.err.contains("1 个示例"))
    }

    @Test func measureExampleThatReadsAnotherValueIsReported() throws {
        let directory = try folder(with: [
            "measures/school.json": """
            { "id": "school", "measures": [ { "id": "labs", "name": "实训室数量", "aliases": [], "unit": "个",
              "examples": [ { "text": "实训室数量 12 个", "value": 13 } ] } ] }
            """
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = runQRLint(["rules", "validate", directory])
        #expect(result.status == 1, "\(result.out)\(result.err)")
        #expect(result.out.contains("measures/school"))
    }

    @Test func unreadablePackIsAUsageError() throws {
        let directory = try folder(with: ["lexicon/placeholders/bad.json": "{ \"id\": "])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = runQRLint(["rules", "validate", directory])
        #expect(result.status == 2)
    }
}
