import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

struct OutlineSectionTests {
    /// A section's own fields (level, span, number style, label, children) agree with its heading and the tree.
    @Test func sectionFieldsAgreeWithTheirHeadings() throws {
        let text = "# 1 学校概况\n\n甲\n\n## 1.1 基本情况\n\n## （一）专业\n\n### 前言\n\n## 1.2 专业设置\n\n# 2 人才培养\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        #expect(outline.sections.count == 6)
        for section in outline.sections {
            let heading = section.heading
            #expect(section.level == heading.level)
            #expect(section.span == heading.span)
            #expect(section.numberStyle == heading.number?.style)
            #expect(section.isNumbered == (heading.number != nil))
            #expect(section.label == Outline.Section.label(of: heading))
            #expect(section.firstComparable == ComparableText.of(heading.title.scalars).first)
            guard case .heading(let block) = document.blocks[section.blockIndex] else {
                Issue.record("section \(section.label) is not at a heading")
                continue
            }
            #expect(block == heading)
        }
        #expect(outline.sections.map(\.children) == [[1, 2, 4], [], [3], [], [], []])
        #expect(outline.sections.map(\.label) == ["1 学校概况", "1.1 基本情况", "（一）专业", "前言", "1.2 专业设置", "2 人才培养"])
        #expect(outline.sections[3].numberStyle == nil)
        #expect(outline.sections[2].numberStyle == .parenthesizedChinese)
    }

    /// `Section.titleKey(_:_:)` reads the key at the start of a section: it must stay the first stored property.
    @Test func titleKeyIsReadInPlaceAtTheStartOfASection() throws {
        #expect(MemoryLayout<Outline.Section>.offset(of: \Outline.Section.titleKey) == 0)
        let text = "# 1 学校概况\n\n## 1.1 “基本”情况：\n\n# 2 人才培养\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        outline.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                let key = Outline.Section.titleKey(sections, index)
                #expect(key.pointee.scalars == outline.sections[index].titleKey.scalars)
                #expect(key.pointee.count == key.pointee.scalars.count)
                #expect(key.pointee.string == outline.sections[index].normalizedTitle)
            }
        }
        #expect(outline.sections[1].normalizedTitle == "基本情况")
    }

    /// A label read from the heading's block in place is the label built from the heading.
    @Test func labelsReadInPlaceAreTheHeadingsLabels() throws {
        let text = "# 1 学校概况\n\n## 1.1 基本情况\n\n## （一）专业\n\n### 前言\n\n# 第二章 人才培养\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        for index in outline.sections.indices {
            #expect(outline.label(ofSection: index) == Outline.Section.label(of: outline.sections[index].heading))
            #expect(outline.sections[index].numberFacts == HeadingNumberFacts(outline.sections[index].heading.number))
        }
        #expect(outline.label(ofSection: 3) == "前言")
    }
}
