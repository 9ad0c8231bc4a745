import Testing

@testable import QRLintReaders

/// The Han fast path of `DecodingUTF8` takes two three-byte sequences a step; a bad sequence must be
/// found at whichever place of a pair it falls, and a run must decode the same at every length.
@Suite("DecodingUTF8 pairs")
struct DecodingUTF8PairTests {
    private func decode(_ bytes: [UInt8]) -> DecodingUTF8.Outcome {
        bytes.withUnsafeBufferPointer { DecodingUTF8.decode($0, from: 0) }
    }

    @Test(arguments: 0..<7)
    func badSequenceInsideAHanRunIsFoundAtItsOffset(_ before: Int) {
        let run = String(repeating: "学", count: before)
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0xC0]] {
            let bytes = Array(run.utf8) + bad + Array("校园，文化。abcdefgh".utf8)
            guard case .invalid(let offset) = decode(bytes) else {
                Issue.record("accepted \(bad) after \(before) scalars")
                continue
            }
            #expect(offset == before * 3)
        }
    }

    @Test(arguments: 0..<9)
    func hanRunsOfEveryLengthDecode(_ length: Int) {
        let text = "a" + String(repeating: "职业教育，。", count: length).prefix(length) + "b\u{E000}\u{FFFF}\u{1000}"
        guard case .scalars(let scalars) = decode(Array(text.utf8)) else {
            Issue.record("rejected valid UTF-8")
            return
        }
        #expect(scalars == Array(text.unicodeScalars))
    }
}
