import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

struct SectionPathsTests {
    /// Cached paths are the outline's own, before the first heading, in nested sections and after them.
    @Test func cachedPathsEqualTheOutlines() throws {
        let text = "前言文字\n\n# 1 学校概况\n\n甲\n\n## 1.1 基本情况\n\n乙\n\n## 1.2 专业设置\n\n丙\n\n# 2 人才培养\n\n丁\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        var paths = SectionPaths(outline: outline)
        for pass in 0..<2 {
            for offset in 0...document.source.scalars.count {
                #expect(
                    paths.path(at: offset) == outline.sectionPath(at: offset, in: document), "pass \(pass), \(offset)")
            }
        }
        #expect(paths.path(at: text.unicodeScalars.count - 2) == ["2 人才培养"])
    }

    /// Offsets in reverse and jumping about find their own sections too.
    @Test func offsetsInAnyOrder() throws {
        let text = "前言\n\n# 1 概况\n\n甲\n\n## 1.1 基本情况\n\n乙\n\n### 1.1.1 校园\n\n丙\n\n# 2 培养\n\n丁\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), path: "a.md")
        let outline = Outline(document: document, knownTitles: [])
        let count = document.source.scalars.count
        var paths = SectionPaths(outline: outline)
        let jumps = (0...count).map { ($0 * 7) % (count + 1) }
        for offset in Array((0...count).reversed()) + jumps {
            #expect(paths.path(at: offset) == outline.sectionPath(at: offset, in: document), "\(offset)")
        }
    }
}
