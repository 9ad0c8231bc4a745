import QRLintCore
import QRLintReaders
import Testing

@testable import QRLintRules

/// The units' scalars in one buffer, read in place by the writing-norm rules.
struct ProseScalarsTests {
    private func add(_ text: String, to scalars: inout ProseScalars) {
        Array(text.unicodeScalars).withUnsafeBufferPointer { scalars.append($0) }
    }

    @Test func eachUnitReadsBackItsOwnScalarsFromZero() {
        // A capacity smaller than the text: the buffer grows and keeps what was added before.
        var scalars = ProseScalars(reservingCapacity: 2, units: 3)
        add("学校概况", to: &scalars)
        add("", to: &scalars)
        add(String(repeating: "专业建设，", count: 20), to: &scalars)
        #expect(scalars.unitCount == 3)
        let texts = scalars.withUnits { units in (0..<units.count).map { String(String.UnicodeScalarView(units[$0])) } }
        #expect(texts == ["学校概况", "", String(repeating: "专业建设，", count: 20)])
        #expect(scalars.withUnits { $0[2][4] } == "，")
    }

    @Test func theScanKeepsEveryUnitsTextInOrder() {
        let markdown = """
            # 1 学校概况

            正文一段。

            | 指标 | 本年 |
            |---|---|
            | 教师 | 240 |
            """
        let document = MarkdownReader.read(SourceText(path: "x.md", text: markdown))
        let prose = ProseScan(document: document, phrases: [])
        #expect(prose.scalars.unitCount == prose.units.count)
        prose.scalars.withUnits { units in
            for index in prose.units.indices {
                #expect(Array(units[index]) == prose.text(of: index).scalars)
            }
        }
    }
}
