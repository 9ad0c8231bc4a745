import Testing

@testable import QRLintOutput

struct JSONWriterTests {
    @Test(arguments: [0, 7, 10, 42, 99, 100, 101, 999, 1000, -12, 4096, 12345, 100_000, Int.max, Int.min])
    func integersAreWrittenAsDecimalDigits(_ value: Int) {
        var writer = JSONWriter()
        writer.int(value)
        #expect(writer.text == String(value))
    }

    @Test func stringsAreEscapedAroundLongPlainRuns() {
        var writer = JSONWriter()
        writer.string("第一段\n“引文”\t\"a\\b\"\u{1}尾")
        #expect(writer.text == #""第一段\n“引文”\t\"a\\b\"\u0001尾""#)
    }

    @Test func firstEscapeFindsTheSameByteAsAPlainScan() {
        // Every position of each special byte in and around an eight-byte word, among ASCII and CJK bytes.
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrst".utf8), Array("教育质量年度报告".utf8)]
        for filler in fillers {
            for special in [0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C] as [UInt8] {
                for position in 0..<filler.count {
                    var bytes = filler
                    bytes[position] = special
                    let found = bytes.withUnsafeBufferPointer { JSONEscaping.firstEscape(in: $0, from: 0) }
                    #expect(found == position)
                }
            }
            let none = filler.withUnsafeBufferPointer { JSONEscaping.firstEscape(in: $0, from: 3) }
            #expect(none == filler.count)
        }
        // Bytes just above the limits are plain.
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF, 0x20]
        #expect(plain.withUnsafeBufferPointer { JSONEscaping.firstEscape(in: $0, from: 0) } == plain.count)
    }

    @Test func scalarsAreWrittenLikeTheSameString() {
        // Long enough to fill the writer's stack buffer several times, with escapes on either side of its edge and
        // the scalars on either side of each UTF-8 length.
        let text = String(repeating: "产教融合\\“共建”\n\t\"x\u{1}😀§é\u{7FF}\u{800}\u{FFFF}\u{10000}", count: 700)
        var fromString = JSONWriter()
        fromString.string(text)
        var fromScalars = JSONWriter()
        fromScalars.beginString()
        fromScalars.stringContent(scalars: Array(text.unicodeScalars)[...])
        fromScalars.endString()
        #expect(fromScalars.bytes == fromString.bytes)
    }
}
