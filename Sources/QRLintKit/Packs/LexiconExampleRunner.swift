import QRLintCore
import QRLintReaders
import QRLintRules

/// Runs the examples of every entry of a word-list pack through the rule that reads it (for the tests and
/// for checking a user's pack): each triggering example must be flagged exactly at its `⟦…⟧` marks, each
/// non-triggering one not at all.
public enum LexiconExampleRunner {
    /// The title and first chapter heading put in front of an example: the title names the report year dated
    /// entries depend on. An example that starts with its own "# " title is used as it is.
    public static func document(_ example: String, reportYear: Int?) -> String {
        if example.hasPrefix("# ") { return example }
        return "# 重庆市星河职业技术学校 \(reportYear ?? 2025) 年度质量年度报告\n\n## 1 学校概况\n\n" + example
    }

    /// One failed example, described for a test failure or a `rules validate` line.
    public struct Failure: Sendable, CustomStringConvertible {
        public var pack: String
        public var entry: String
        public var example: String
        public var problem: String

        public var description: String { "\(pack)：词条“\(entry)”的示例“\(example)”：\(problem)" }
    }

    /// Checks every example of every pack of one kind.
    public static func check<Kind: LexiconPack>(_ kind: Kind.Type, packs: RulePacks) throws(QRLintError) -> [Failure] {
        guard let rule = RuleRegistry.rule(Kind.ruleID) else {
            return [Failure(pack: Kind.folder, entry: "", example: "", problem: "找不到规则 \(Kind.ruleID)")]
        }
        var failures: [Failure] = []
        for pack in packs.all(kind) {
            for (entry, examples) in pack.entryExamples {
                for (triggering, texts) in [(true, examples.triggering), (false, examples.nonTriggering)] {
                    for text in texts {
                        let marked = MarkedText(document(text, reportYear: examples.reportYear))
                        let document = MarkdownReader.read(SourceText(path: "example.md", text: marked.text))
                        let context = try LintContext(document: document, packs: packs, template: nil)
                        let diagnostics = RuleRunner.run([rule], context: context)
                        let actual = diagnostics.map(\.span).sorted()
                        let problem: String?
                        if !triggering {
                            problem = diagnostics.isEmpty ? nil : "不应报告，却报告了：\(diagnostics.map(\.message))"
                        } else if diagnostics.isEmpty {
                            problem = "应当报告，却没有报告"
                        } else if !marked.primary.isEmpty, actual != marked.primary {
                            problem = "位置不符：期望 \(marked.primary)，实际 \(actual)：\(diagnostics.map(\.message))"
                        } else {
                            problem = nil
                        }
                        if let problem {
                            failures.append(
                                Failure(
                                    pack: "\(Kind.folder)/\(pack.id)", entry: entry, example: text, problem: problem))
                        }
                    }
                }
            }
        }
        return failures
    }
}
