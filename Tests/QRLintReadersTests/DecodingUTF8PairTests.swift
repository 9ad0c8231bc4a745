import Testing

@testable import QRLintReaders

/// The Han fast path of `DecodingUTF8` takes four three-byte sequences a step, then two; a bad sequence
/// must be found at whichever place of a step it falls, and a run must decode the same at every length.
@Suite("DecodingUTF8 pairs")
struct DecodingUTF8PairTests {
    private func decode(_ bytes: [UInt8]) -> DecodingUTF8.Outcome {
        bytes.withUnsafeBufferPointer { DecodingUTF8.decode($0, from: 0) }
    }

    @Test(arguments: 0..<13)
    func badSequenceInsideAHanRunIsFoundAtItsOffset(_ before: Int) {
        let run = String(repeating: "学", count: before)
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0xC0]] {
            let bytes = Array(run.utf8) + bad + Array("校园，文化。教育质量abcdefgh".utf8)
            guard case .invalid(let offset) = decode(bytes) else {
                Issue.record("accepted \(bad) after \(before) scalars")
                continue
            }
            #expect(offset == before * 3)
        }
    }

    @Test(arguments: 0..<17)
    func hanRunsOfEveryLengthDecode(_ length: Int) {
        let text = "a" + String(repeating: "职业教育，。", count: length).prefix(length) + "b\u{E000}\u{FFFF}\u{1000}"
        guard case .scalars(let scalars) = decode(Array(text.utf8)) else {
            Issue.record("rejected valid UTF-8")
            return
        }
        #expect(scalars == Array(text.unicodeScalars))
    }

    @Test func everyPlainLeadDecodesAtEveryPlaceOfAStep() {
        // E1…EC, EE, EF with the lowest and highest continuation bytes, and E0 / ED (slow path) between.
        let leads: [UInt8] = Array(0xE0...0xEF)
        for lead in leads {
            for (second, third): (UInt8, UInt8) in [(0xA0, 0x80), (0x9F, 0xBF)] {
                for place in 0..<6 {
                    let scalar = Array("学".utf8)
                    let bytes =
                        Array(repeating: scalar, count: place).flatMap { $0 } + [lead, second, third]
                        + Array(repeating: scalar, count: 6).flatMap { $0 }
                    let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars
                    let valid = !expected.contains("\u{FFFD}")
                    switch decode(bytes) {
                    case .scalars(let scalars):
                        #expect(valid && scalars == Array(expected), "lead \(lead) \(second) at \(place)")
                    case .invalid(let offset):
                        #expect(!valid && offset == place * 3, "lead \(lead) \(second) at \(place)")
                    }
                }
            }
        }
    }

    @Test(arguments: 0..<18)
    func asciiRunsOfEveryLengthDecode(_ length: Int) {
        let ascii = String("| 2023 | 1.5% |\n## 3.2 Markdown\ttext\r\n".prefix(length))
        let text = "学" + ascii + "校" + ascii
        guard case .scalars(let scalars) = decode(Array(text.utf8)) else {
            Issue.record("rejected valid UTF-8")
            return
        }
        #expect(scalars == Array(text.unicodeScalars))
    }

    @Test(arguments: 0..<17)
    func aControlCharacterIsNotedAtEveryPlace(_ place: Int) {
        for control: UInt8 in [0x00, 0x01, 0x08, 0x0B, 0x0E, 0x1F] {
            var bytes = Array("ab\ncd\tef\r\ngh12 34 56\u{0C}78".utf8)
            bytes[place] = control
            let noted = bytes.withUnsafeBufferPointer { DecodingUTF8.decodeNotingControls($0, from: 0).sawControl }
            #expect(noted, "\(control) at \(place)")
        }
        let clean = Array("ab\ncd\tef\r\ngh12 34 56\u{0C}78".utf8)
        #expect(!clean.withUnsafeBufferPointer { DecodingUTF8.decodeNotingControls($0, from: 0).sawControl })
    }
}
