import QRLintCore
import QRLintReaders
import QRLintTestSupport
import Testing

/// `.docx` files that are zips but not (safe) Word documents: each a clear input error, fast.
@Suite("DocxReader malformed input")
struct DocxMalformedTests {
    static func package(documentXML: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("_rels/.rels", TestDocx.relationships([("officeDocument", "word/document.xml")]))
        zip.add("word/document.xml", documentXML)
        return zip.bytes()
    }

    @Test func billionLaughsIsRejectedBeforeParsing() {
        var dtd = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">"#
        dtd += #"<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
        for level in 2...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        dtd += "]>"
        let xml =
            dtd
            + "<w:document \(TestDocx.namespaces)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        ZipArchiveTests.expectInputError("DTD 或实体声明") {
            _ = try DocxReader.read(bytes: Self.package(documentXML: xml), path: "a.docx")
        }
    }

    @Test func externalEntityIsRejected() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>"#
        ZipArchiveTests.expectInputError("DTD 或实体声明") {
            _ = try DocxReader.read(bytes: Self.package(documentXML: xml), path: "a.docx")
        }
    }

    @Test func missingDocumentPart() {
        var zip = ZipWriter()
        zip.add("word/styles.xml", "<w:styles/>")
        ZipArchiveTests.expectInputError("没有 word/document.xml") {
            _ = try DocxReader.read(bytes: zip.bytes(), path: "a.docx")
        }
        var excel = ZipWriter()
        excel.add("xl/workbook.xml", "<workbook/>")
        ZipArchiveTests.expectInputError("Excel") { _ = try DocxReader.read(bytes: excel.bytes(), path: "a.docx") }
    }

    @Test func malformedXML() {
        let xml = #"<w:document \#(TestDocx.namespaces)><w:body><w:p><w:r><w:t>学校</w:r></w:p></w:body>"#
        ZipArchiveTests.expectInputError("不是有效的 XML") {
            _ = try DocxReader.read(bytes: Self.package(documentXML: xml), path: "a.docx")
        }
    }

    @Test func deepNesting() {
        let depth = 5_000
        let xml =
            "<w:document \(TestDocx.namespaces)><w:body>" + String(repeating: "<w:sdt><w:sdtContent>", count: depth)
            + String(repeating: "</w:sdtContent></w:sdt>", count: depth) + "</w:body></w:document>"
        ZipArchiveTests.expectInputError("嵌套") {
            _ = try DocxReader.read(bytes: Self.package(documentXML: xml), path: "a.docx")
        }
    }

    @Test func hugeSpansAreCapped() throws {
        let cell = #"<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc>"#
        let body = "<w:tbl><w:tr>\(cell)\(cell)</w:tr></w:tbl>"
        let document = try TestDocx.read(body: body)
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows[0].count == 126)
    }

    @Test func documentPartFoundThroughRelationships() throws {
        var zip = ZipWriter()
        zip.add("_rels/.rels", TestDocx.relationships([("officeDocument", "/content/main.xml")]))
        zip.add(
            "content/main.xml",
            #"<w:document \#(TestDocx.namespaces)><w:body>\#(TestDocx.p("1 学校概况", style: "S1"))</w:body></w:document>"#)
        zip.add("content/_rels/main.xml.rels", TestDocx.relationships([("styles", "../style-parts/s.xml")]))
        zip.add(
            "style-parts/s.xml",
            #"<w:styles \#(TestDocx.namespaces)>\#(TestDocx.style("S1", name: "heading 1"))</w:styles>"#)
        let document = try DocxReader.read(bytes: zip.bytes(), path: "a.docx")
        #expect(document.dump() == #"Heading(1) @1:1-1:7 "1 学校概况""#)
    }
}
