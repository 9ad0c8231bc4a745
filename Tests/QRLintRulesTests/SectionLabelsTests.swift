import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

struct SectionLabelsTests {
    /// A label is made once and then kept; other slots stay unmade.
    @Test func makesEachLabelOnce() {
        let labels = SectionLabels(count: 3)
        var made = 0
        let first = labels.label(1) {
            made += 1
            return "1.1 基本情况"
        }
        let again = labels.label(1) {
            made += 1
            return "other"
        }
        #expect(first == "1.1 基本情况")
        #expect(again == "1.1 基本情况")
        #expect(made == 1)
        #expect(labels.label(0) { "0" } == "0")
    }

    /// The outline's kept labels are the sections' labels, and section paths are made of them.
    @Test func outlineLabelsAreTheSectionLabels() throws {
        let text = "# 1 学校概况\n\n甲\n\n## 1.1 基本情况\n\n## （一）专业\n\n### 前言\n\n# 2 人才培养\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        for index in outline.sections.indices {
            #expect(outline.label(ofSection: index) == outline.sections[index].label)
        }
        #expect(outline.sectionPath(ofSection: 3) == ["1 学校概况", "（一）专业", "前言"])
    }
}
