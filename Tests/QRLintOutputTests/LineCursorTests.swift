import QRLintCore
import Testing

@testable import QRLintOutput

struct LineCursorTests {
    @Test func findsTheSamePositionsAsTheLineIndexInAnyOrder() {
        // Lines of many lengths, an empty line, CRLF, and no line break at the end.
        var text = ""
        for length in [0, 1, 5, 0, 40, 3, 17, 2, 90, 1] { text += String(repeating: "字", count: length) + "\n" }
        text += "a\r\nb\r\n\nlast"
        let source = SourceText(path: "t.md", text: text)
        let count = source.scalars.count
        let cursor = LineCursor(source)
        var offsets = Array(-2...(count + 2))
        offsets += offsets.reversed()
        var state: UInt64 = 42
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            offsets.append(Int(state >> 33) % (count + 5) - 2)
        }
        for offset in offsets {
            #expect(cursor.position(of: offset) == source.position(of: offset), "offset \(offset)")
        }
    }
}
