import Foundation
import Testing

@testable import QRLintReaders

/// `PlainTextTOCKeys` must answer as a `Set<String>` of the keys would: spaces ignored, and keys that are
/// canonically equivalent found whichever of the two is stored as a scalar array.
@Suite("PlainTextTOCKeys")
struct PlainTextTOCKeysTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private func keys(_ entries: [String]) -> PlainTextTOCKeys {
        var keys = PlainTextTOCKeys()
        for entry in entries {
            let s = scalars(entry)
            keys.insert(s, 0..<s.count)
        }
        return keys
    }

    private func contains(_ keys: PlainTextTOCKeys, _ text: String) -> Bool {
        let s = scalars(text)
        return keys.contains(s, 0..<s.count)
    }

    @Test func plainKeysIgnoreSpaces() {
        let stored = keys(["一、学校概况", "1.2 学生发展（Students）", "【案例 2-2】技能大赛“全员化”"])
        #expect(contains(stored, "一、 学校 概况"))
        #expect(contains(stored, "1.2学生发展（Students）"))
        #expect(contains(stored, "【案例2-2】技能大赛“全员化”"))
        #expect(!contains(stored, "二、学校概况"))
        #expect(!contains(stored, "1.2 学生发展"))
    }

    /// The table grows past its first size and keeps every key; a key inserted twice is stored once.
    @Test func manyKeysAndRepeats() {
        let entries = (1...500).map { "\($0 / 10).\($0 % 10) 第\($0)节 标题" }
        let stored = keys(entries + entries)
        for entry in entries { #expect(contains(stored, entry.replacingOccurrences(of: " ", with: ""))) }
        #expect(!contains(stored, "0.0 第0节 标题"))
        #expect(!contains(stored, "1.1 第11节"))
    }

    @Test func keysOnlyEquivalentOnceNormalisedAreFound() {
        // U+F900 is a compatibility ideograph whose canonical form is U+8C48; "é" may be written e + U+0301.
        let pairs = [("\u{F900}学校", "\u{8C48}学校"), ("Caf\u{E9}", "Cafe\u{301}")]
        for (a, b) in pairs {
            #expect(a == b, "the strings are canonically equivalent")
            #expect(contains(keys([a]), b), "\(a) stored")
            #expect(contains(keys([b]), a), "\(b) stored")
            #expect(contains(keys(["目录", a]), b), "\(a) stored after a plain key")
            #expect(contains(keys([b, "目录"]), a), "\(b) stored before a plain key")
            #expect(contains(keys([a, "目录"]), "目录"))
        }
    }

    @Test func plainScalarsAreTheirOwnNormalForm() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x2010...0x2027, 0x3000...0x303F, 0xFF01...0xFF5E]
        for range in ranges {
            for value in range {
                let c = Unicode.Scalar(value)!
                guard PlainTextTOCKeys.isPlain(c) else { continue }
                let text = "学" + String(c) + "a" + String(c)
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
            }
        }
        #expect(!PlainTextTOCKeys.isPlain("\u{F900}"))
        #expect(!PlainTextTOCKeys.isPlain("\u{302A}"))
        #expect(!PlainTextTOCKeys.isPlain("\u{301}"))
    }
}
