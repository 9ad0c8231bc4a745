import Testing

@testable import QRLintRules

/// `ProseScalarKinds`, filled by ranges, says of every scalar what `ProseScalar` and the phrase matcher say.
struct ProseScalarKindsTests {
    static let phrases = ["20大", "十四五规划", "今年", "TODO", "Ｘ", "（待补充）", "ｍ²", "a", "𠀀字", "\"引号\"词"]

    @Test func everyScalarOfThePlaneAgreesWithProseScalar() {
        let firsts = Self.phrases.compactMap { PhraseMatcher.normalized($0).first?.value }
        let singles = Self.phrases.map(PhraseMatcher.normalized).filter { $0.count == 1 }.map(\.[0].value)
        let kinds = ProseScalarKinds(phraseStarts: firsts, singles: singles)
        for value in UInt32(0)..<0x1_0000 {
            guard let s = Unicode.Scalar(value) else { continue }
            let kind = kinds.kind(of: s)
            let digit = ProseScalar.isDigit(s)
            #expect((kind & ProseScalarKinds.digit != 0) == digit, "\(value)")
            #expect((kind & ProseScalarKinds.sign != 0) == (!digit && ProseScalar.isSign(s)), "\(value)")
            let starts = firsts.contains(ProseScalar.folded(s).value)
            #expect((kind & ProseScalarKinds.phraseStart != 0) == starts, "\(value)")
            let single = singles.contains(ProseScalar.folded(s).value)
            #expect((kind & ProseScalarKinds.phraseSingle != 0) == single, "\(value)")
            #expect((kind & ProseScalarKinds.ignorable != 0) == ProseScalar.isIgnorableInPhrase(s), "\(value)")
            let recorded = digit || ProseScalar.isSign(s) || starts
            #expect((kind & ProseScalarKinds.recorded != 0) == recorded, "\(value)")
        }
    }

    @Test func scalarsBeyondThePlane() {
        let kinds = ProseScalarKinds(phraseStarts: [0x20000])
        #expect(kinds.kind(of: "\u{20000}") == ProseScalarKinds.phraseStart | ProseScalarKinds.phraseSingle)
        #expect(kinds.kind(of: "\u{20001}") == 0)
        #expect(kinds.kind(of: "😀") == ProseScalarKinds.sign)
    }

    /// The matcher's table marks exactly the scalars where `mayMatch` can hold.
    @Test func matcherMarksItsStarts() {
        let matcher = PhraseMatcher(Self.phrases)
        for text in ["todo ＴＯＤＯ Todo", "x Ｘ ｘ X", "Ａ a"] {
            let scalars = Array(text.unicodeScalars)
            scalars.withUnsafeBufferPointer { buffer in
                for i in buffer.indices where matcher.mayMatch(buffer, at: i) {
                    #expect(matcher.scanKinds.kind(of: buffer[i]) & ProseScalarKinds.phraseStart != 0, "\(text) \(i)")
                }
            }
        }
    }
}

/// `ProseScalar.isIgnorableInPhrase`, which tests ranges first, says what its list says.
struct IgnorableInPhraseTests {
    @Test func everyScalarOfThePlane() {
        let listed: Set<Unicode.Scalar> = [
            "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}", "\u{FEFF}",
        ]
        for value in UInt32(0)..<0x1_0000 {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(ProseScalar.isIgnorableInPhrase(s) == listed.contains(s), "\(value)")
        }
    }
}
