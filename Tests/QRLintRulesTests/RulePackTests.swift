import Foundation
import QRLintCore
import QRLintRules
import Testing

struct RulePackTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    @Test func builtInPacksLoad() throws {
        let packs = try RulePacks.builtIn()
        #expect(packs.templates.map(\.id).contains("zhongzhi-2025"))
        #expect(packs.templates.map(\.id).contains("jigong-2024"))
        // A legacy outline (the pre-2021 one) is recognised, not required to be complete.
        for profile in packs.templates where !profile.legacy {
            let parts = Set(profile.chapters.map(\.part))
            for part in TemplateProfile.sevenParts {
                #expect(parts.contains(part), "\(profile.id) 缺少 \(part)")
            }
        }
    }

    /// The binary carries `Rules/` through a generated Swift file; it must match the JSON files.
    @Test func embeddedPacksAreFresh() throws {
        let rules = Self.repoRoot.appendingPathComponent("Rules")
        let enumerator = try #require(FileManager.default.enumerator(atPath: rules.path))
        var onDisk: [String: String] = [:]
        for case let path as String in enumerator where path.hasSuffix(".json") {
            onDisk[path] = try String(contentsOf: rules.appendingPathComponent(path), encoding: .utf8)
        }
        let embedded = RulePacks.embeddedFiles
        #expect(
            Set(embedded.keys) == Set(onDisk.keys),
            "Sources/QRLintRules/Packs/EmbeddedPacks.swift 已过期：请运行 scripts/embed-rule-packs")
        for (path, text) in onDisk {
            #expect(
                embedded[path]?.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
                "\(path) 与内嵌副本不一致：请运行 scripts/embed-rule-packs")
        }
    }

    @Test func unknownKeyIsAnErrorWithLocationAndKeyPath() throws {
        let json = """
            {
              "id": "x", "name": "x", "reportType": "school",
              "detection": { "titleWords": {} },
              "chapters": [ { "part": "talent", "title": "人才培养", "requried": true } ]
            }
            """
        #expect {
            _ = try RulePacks.load(files: [("templates/x.json", json)])
        } throws: { error in
            let message = (error as? QRLintError)?.message ?? ""
            return message.contains("templates/x.json:4:") && message.contains("chapters[0].requried")
                && message.contains("未知的键")
        }
    }

    @Test func missingKeyAndBadJSONAreErrors() {
        #expect(throws: QRLintError.self) {
            _ = try RulePacks.load(files: [("templates/x.json", #"{"id": "x"}"#)])
        }
        #expect(throws: QRLintError.self) {
            _ = try RulePacks.load(files: [("templates/x.json", "{ not json")])
        }
    }

    @Test func userPackOverridesBuiltInById() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = """
            { "id": "district", "name": "覆盖", "reportType": "district", "detection": { "titleWords": {} },
              "chapters": [ { "part": "talent", "title": "人才培养" } ] }
            """
        try json.write(to: folder.appendingPathComponent("templates/district.json"), atomically: true, encoding: .utf8)
        let packs = try RulePacks.builtIn().adding(directory: folder.path)
        #expect(packs.template("district")?.name == "覆盖")
        #expect(packs.template("zhongzhi-2025") != nil)
    }
}
