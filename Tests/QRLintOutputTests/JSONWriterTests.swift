@testable import QRLintOutput
import Testing

struct JSONWriterTests {
    @Test(arguments: [0, 7, 10, -12, 4096, Int.max, Int.min])
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
}
