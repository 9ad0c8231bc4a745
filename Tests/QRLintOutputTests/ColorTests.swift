import QRLintCore
import QRLintOutput
import Testing

@Suite struct ColorTests {
    static let escape: Unicode.Scalar = "\u{1B}"

    @Test func plainOutputHasNoEscapeCodes() {
        #expect(!HumanRenderer(color: false).render(CannedReport.report).unicodeScalars.contains(Self.escape))
    }

    @Test func colouredOutputPaintsSeverityRuleAndNotes() {
        let output = HumanRenderer(color: true).render(CannedReport.report)
        #expect(output.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[36minfo:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[36mnote:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[2m[structure.missing-part]\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;31m^^^^^^^^^^^^^\u{1B}[0m"))
    }

    @Test func colourOnlyAddsEscapeCodes() {
        let plain = HumanRenderer(color: false).render(CannedReport.report)
        let coloured = HumanRenderer(color: true).render(CannedReport.report)
        #expect(Self.stripANSI(coloured) == plain)
    }

    @Test func noLineLeavesColourOn() {
        let coloured = HumanRenderer(color: true).render(CannedReport.report)
        for line in coloured.split(separator: "\n") where line.contains("\u{1B}[") {
            let opens = line.components(separatedBy: "\u{1B}[").count - 1
            let resets = line.components(separatedBy: "\u{1B}[0m").count - 1
            #expect(opens == 2 * resets, "\(line)")
        }
    }

    static func stripANSI(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == escape else {
                output.append(scalar)
                continue
            }
            while let next = scalars.next(), next != "m" {}
        }
        return String(output)
    }
}
