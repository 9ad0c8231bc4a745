import Testing

@testable import QRLintRules

/// `PhraseMatcher.mayMatch`, the filter asked at every scalar before the trie is walked.
struct PhraseMatcherTests {
    static let phrases = ["20大", "十四五规划", "今年", "零", "TODO", "1中全会", "X"]
    static let texts = [
        "2024年召开党的20大，2020大楼", "学校编制“十四五”规划和十 四 五 规划", "今年；今 年；“今”年；今", "二零二五", "todo，ＴＯＤＯ，to do",
        "1中全会、1 中全会、12中", "XX", "20", "2", "十四", "",
    ]

    /// Never false where `matches` finds a phrase; false at the numbers that only begin like one.
    @Test func mayMatchKeepsEveryMatch() {
        let matcher = PhraseMatcher(Self.phrases)
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            scalars.withUnsafeBufferPointer { buffer in
                for i in buffer.indices where !ProseScalar.isIgnorableInPhrase(buffer[i]) {
                    var found = false
                    matcher.matches(in: buffer, at: i) { _, _ in found = true }
                    if found { #expect(matcher.mayMatch(buffer, at: i), "\(text) at \(i)") }
                }
            }
        }
        let year = Array("2024年".unicodeScalars)
        year.withUnsafeBufferPointer { #expect(!matcher.mayMatch($0, at: 0)) }
        // A number at the end of a cell, spaces after it: nothing follows to match.
        let cell = Array("21  ".unicodeScalars)
        cell.withUnsafeBufferPointer { #expect(!matcher.mayMatch($0, at: 1)) }
    }
}
