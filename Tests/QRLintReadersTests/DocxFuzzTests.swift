import QRLintCore
import QRLintReaders
import Testing

/// Damaged WordprocessingML inside a well-formed zip: numbers out of range, elements cut or repeated.
/// Reading must end in a document or an input error, never a trap, and quickly.
/// Damaged parts must give a document or an input error, never a trap or a hang (the time limit guards
/// against a hang; how fast the reader is on them is a benchmark's business, not a timed assertion's).
@Suite("DocxReader damaged XML", .timeLimit(.minutes(1)))
struct DocxFuzzTests {
    static let styles = [
        TestDocx.style("H1", name: "heading 1", outlineLevel: 0, numID: 1, level: 0),
        TestDocx.style("H2", name: "heading 2", outlineLevel: 1, numID: 1, level: 1),
        TestDocx.style("TOC1", name: "toc 1"),
    ].joined()

    static let numbering = TestDocx.list(
        abstractID: 0, numID: 1, levels: [("chineseCounting", "%1、"), ("upperLetter", "%1.%2"), ("lowerRoman", "%3")],
        styles: ["H1", "H2"], startOverrides: [1: 3], extraNumIDs: [2: [0: 5]])

    static let body = [
        TestDocx.p("学校概况", style: "H1"), TestDocx.p("基本情况", style: "H2"),
        TestDocx.p("学校有教职工\t286 人。\n其中专任教师 240 人。", numID: 2, level: 2),
        #"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>"#,
        #"<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>"#, TestDocx.p("合计"),
        "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>", TestDocx.p(""), "</w:tc></w:tr></w:tbl>",
        #"<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
        #"<w:r><w:instrText>TOC \o</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#,
        #"<w:commentRangeStart w:id="3"/><w:r><w:t>一、学校概况</w:t><w:tab/><w:t>1</w:t></w:r></w:p>"#,
        #"<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r><w:commentRangeEnd w:id="3"/></w:p>"#,
        TestDocx.p("人才培养", style: "H1"), TestDocx.p("立德树人", style: "H2", numID: 2, level: 1),
    ].joined()

    static let comments = #"<w:comment w:id="3"><w:p><w:r><w:t>qrlint-disable</w:t></w:r></w:p></w:comment>"#

    static let hostileValues = ["-1", "0", "10", "99999999999", "-9223372036854775808", "9223372036854775807", "x", ""]

    static func mutate(_ text: String, _ random: inout SplitMix) -> String {
        var scalars = Array(text.unicodeScalars)
        switch random.next() % 3 {
        case 0:
            // A w:val (or other attribute) replaced by a hostile value.
            let quotes = scalars.indices.filter { scalars[$0] == "\"" }
            guard quotes.count >= 2 else { return text }
            let k = Int(random.next() % UInt64(quotes.count / 2)) * 2
            let value = hostileValues[Int(random.next() % UInt64(hostileValues.count))]
            scalars.replaceSubrange((quotes[k] + 1)..<quotes[k + 1], with: value.unicodeScalars)
        case 1:
            // Everything between two tag starts cut out.
            let tags = scalars.indices.filter { scalars[$0] == "<" }
            guard tags.count >= 2 else { return text }
            let a = Int(random.next() % UInt64(tags.count))
            let b = min(tags.count - 1, a + 1 + Int(random.next() % 3))
            scalars.removeSubrange(tags[a]..<tags[b])
        default:
            // A piece repeated.
            let tags = scalars.indices.filter { scalars[$0] == "<" }
            guard tags.count >= 2 else { return text }
            let a = Int(random.next() % UInt64(tags.count - 1))
            let piece = Array(scalars[tags[a]..<tags[a + 1]])
            scalars.insert(contentsOf: piece, at: tags[a])
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    @Test func damagedPartsNeverTrap() {
        var random = SplitMix(seed: 7)
        var read = 0
        for _ in 0..<400 {
            var parts = [Self.body, Self.styles, Self.numbering, Self.comments]
            for _ in 0..<Int(random.next() % 3 + 1) {
                let part = Int(random.next() % UInt64(parts.count))
                parts[part] = Self.mutate(parts[part], &random)
            }
            let bytes = TestDocx.package(body: parts[0], styles: parts[1], numbering: parts[2], comments: parts[3])
            do {
                _ = try DocxReader.read(bytes: bytes, path: "a.docx")
                read += 1
            } catch {
                // Typed throws: every error here is a `QRLintError`.
                #expect(error.kind == .input)
            }
        }
        #expect(read > 100, "most damage leaves readable XML")
    }

    @Test func hostileNumbersInNumbering() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/>\
            <w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1%9%0%%"/><w:lvlRestart w:val="-5"/></w:lvl>\
            <w:lvl w:ilvl="-3"><w:start w:val="-9223372036854775808"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="-1"><w:startOverride w:val="5"/>\
            </w:lvlOverride><w:lvlOverride w:ilvl="99"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            """
        var body = ""
        for _ in 0..<3 { body += TestDocx.p("学校概况", numID: 1, level: 0) }
        body += TestDocx.p("基本情况", numID: 1, level: 40) + TestDocx.p("办学条件", numID: -7, level: -1)
        let document = try TestDocx.read(body: body, numbering: numbering)
        #expect(document.source.lineCount == 5)
    }
}
