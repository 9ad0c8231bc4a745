import Foundation
import QRLintCore
import QRLintRules
import Testing

/// Keeps the registry honest: every rule file registered, ids unique, well formed and in their family's folder.
struct RuleRegistryTests {
    let descriptions = RuleRegistry.all.map { $0.description }

    @Test func idsAreSortedUniqueAndWellFormed() {
        let ids = descriptions.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "\(id)")
            let allowed = Set("abcdefghijklmnopqrstuvwxyz-")
            #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) }, "\(id)")
        }
    }

    @Test func everyRuleHasBothKindsOfExamplesAndText() {
        for d in descriptions {
            #expect(!d.triggering.isEmpty, "\(d.id) 没有触发示例")
            #expect(!d.nonTriggering.isEmpty, "\(d.id) 没有不触发示例")
            #expect(!d.summary.isEmpty && !d.rationale.isEmpty, "\(d.id)")
        }
    }

    /// A rule lives in the folder of its family (`structure.*` in `Structure/`), one rule per file, and every
    /// rule file there is registered.
    @Test func ruleFilesMatchRegistry() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/QRLintRules").standardized
        var registeredFiles = Set<String>()
        for d in descriptions {
            let file = try #require(d.triggering.first?.file)
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
            #expect(folder.lowercased() == d.family, "\(d.id) 在 \(folder)/ 中")
            registeredFiles.insert(URL(fileURLWithPath: file).lastPathComponent)
        }
        for family in Set(descriptions.map(\.family)) {
            let folder = rulesFolder.appendingPathComponent(family.prefix(1).uppercased() + family.dropFirst())
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".swift")
            }
            for file in files {
                #expect(registeredFiles.contains(file), "\(family)/\(file) 没有登记在 RuleRegistry 中")
            }
        }
    }
}
