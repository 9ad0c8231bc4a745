import QRLintCore
import QRLintRules
import QRLintTestSupport
import Testing

/// Runs every rule's own examples, through each reader variant: they are the rule's tests and its docs.
struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        enum Variant: String, Sendable {
            case markdown
            /// Markdown with a multibyte comment line in front: every position must shift.
            case shiftedMarkdown
            /// Heading marks removed, read by the plain-text reader.
            case text
            /// Markdown behind `<!-- qrlint-disable RULE -->`: a triggering example must fall silent.
            case suppressed
        }

        let ruleID: String
        let example: RuleExample
        let triggering: Bool
        let variant: Variant
        let index: Int

        var testDescription: String {
            "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(index + 1) (\(variant.rawValue))"
        }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule -> [Case] in
        let d = rule.description
        var cases: [Case] = []
        for (triggering, examples) in [(true, d.triggering), (false, d.nonTriggering)] {
            for (index, example) in examples.enumerated() {
                cases.append(
                    Case(ruleID: d.id, example: example, triggering: triggering, variant: .markdown, index: index))
                cases.append(
                    Case(
                        ruleID: d.id, example: example, triggering: triggering, variant: .shiftedMarkdown, index: index)
                )
                if triggering, d.id != UnusedSuppression.description.id {
                    cases.append(
                        Case(ruleID: d.id, example: example, triggering: true, variant: .suppressed, index: index))
                }
                if ExampleRunner.plainTextVariant(of: example.text) != nil {
                    cases.append(
                        Case(ruleID: d.id, example: example, triggering: triggering, variant: .text, index: index))
                }
            }
        }
        return cases
    }

    static let shiftPrefix = "<!-- 前置说明😀 -->\n"

    @Test(arguments: cases)
    func example(_ c: Case) throws {
        let rule = try #require(RuleRegistry.rule(c.ruleID))
        let location = SourceLocation(
            fileID: "QRLintRules/\(c.example.file.split(separator: "/").last ?? "")", filePath: c.example.file,
            line: c.example.line, column: 1)
        let raw: String
        let reader: ExampleRunner.Reader
        var shift = 0
        switch c.variant {
        case .markdown:
            raw = c.example.text
            reader = .markdown
        case .shiftedMarkdown:
            raw = Self.shiftPrefix + c.example.text
            shift = Self.shiftPrefix.unicodeScalars.count
            reader = .markdown
        case .text:
            raw = try #require(ExampleRunner.plainTextVariant(of: c.example.text))
            reader = .text
        case .suppressed:
            raw = "<!-- qrlint-disable \(c.ruleID) -- 示例 -->\n" + c.example.text
            reader = .markdown
        }
        let marked = MarkedText(raw)
        let packs = try RulePacks.builtIn()
        let (document, diagnostics) = try ExampleRunner.lint(
            marked.text, rule: rule, template: c.example.template, reader: reader, packs: packs)
        let described = diagnostics.map { d -> String in
            let p = document.source.position(of: d.span.start)
            return "\(p.line):\(p.column) \(d.message)"
        }.joined(separator: "\n")

        if c.variant == .suppressed {
            #expect(diagnostics.isEmpty, "抑制注释之后不应报告：\n\(described)", sourceLocation: location)
            return
        }
        guard c.triggering else {
            #expect(diagnostics.isEmpty, "不应报告，却报告了：\n\(described)", sourceLocation: location)
            return
        }
        #expect(!diagnostics.isEmpty, "应当报告，却没有报告\n\(document.dump())", sourceLocation: location)
        if !marked.primary.isEmpty {
            let expected = marked.primary
            let actual = diagnostics.map(\.span).sorted()
            #expect(actual == expected, "位置不符：期望 \(expected)，实际：\n\(described)", sourceLocation: location)
            if shift > 0 {
                #expect(expected.allSatisfy { $0.start >= shift }, sourceLocation: location)
            }
        } else if let count = c.example.count {
            #expect(diagnostics.count == count, "期望 \(count) 条，实际：\n\(described)", sourceLocation: location)
        }
        let notes = Set(diagnostics.flatMap { $0.notes.map(\.span) })
        for related in marked.related {
            #expect(notes.contains(related), "缺少相关位置 \(related)：\n\(described)", sourceLocation: location)
        }
        if let needle = c.example.messageContains {
            #expect(
                diagnostics.contains { $0.message.contains(needle) }, "消息应含“\(needle)”，实际：\n\(described)",
                sourceLocation: location)
        }
    }
}
