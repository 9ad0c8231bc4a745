import Foundation
import QRLintCore
import QRLintReaders
import Testing

/// PDF input through `pdftotext`; skipped where poppler-utils is not installed.
@Suite("PDFReader")
struct PDFReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test(.enabled(if: PDFReader.isAvailable, "pdftotext (poppler-utils) is not installed"))
    func readsExtractedTextAsText() throws {
        let path = Self.fixtures.appendingPathComponent("xinghe-2025.pdf").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let document = try DocumentReader.read(bytes: [UInt8](bytes), path: "report.pdf")
        #expect(document.format == .pdf)
        // Lines are those of the whole extracted text; the form feeds that ended its pages became a page map.
        guard case .page(let pages) = document.source.lineKind else {
            Issue.record("a PDF is located by page: \(document.source.lineKind)")
            return
        }
        #expect(pages.pageCount > 1)
        #expect(!document.source.scalars.contains("\u{0C}"))
        let headings = document.blocks.compactMap { block -> String? in
            guard case .heading(let h) = block else { return nil }
            return (h.number.map { $0.text + " " } ?? "") + h.title.string
        }
        #expect(headings.contains("1 学校概况"))
        #expect(headings.contains("2.9 学生发展"))
    }

    @Test func notAPDF() {
        #expect(throws: QRLintError.self) {
            _ = try DocumentReader.read(bytes: Array("学校概况".utf8), path: "report.pdf")
        }
        do {
            _ = try DocumentReader.read(bytes: Array("学校概况".utf8), path: "report.pdf")
        } catch {
            #expect(error.kind == .input)
            #expect(error.message.contains("不是有效的 PDF"))
        }
    }

    @Test(.enabled(if: PDFReader.isAvailable, "pdftotext (poppler-utils) is not installed"))
    func brokenPDFIsAnInputError() {
        do {
            _ = try DocumentReader.read(bytes: Array("%PDF-1.7\n不完整".utf8), path: "report.pdf")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .input)
            #expect(error.message.contains("report.pdf"))
        }
    }

    /// Standard input has no name: Word and PDF files are recognised by their first bytes.
    @Test func standardInputIsSniffed() throws {
        let docx = TestDocx.package(
            body: TestDocx.p("1 学校概况", style: "H1"), styles: TestDocx.style("H1", name: "heading 1"))
        let document = try DocumentReader.read(bytes: docx, path: "-")
        #expect(document.format == .docx)
        #expect(document.source.lineKind == .paragraph)
        #expect(try DocumentReader.read(bytes: Array("1 学校概况\n".utf8), path: "-").format == .text)
    }

    @Test func otherFormatsAskForDocx() {
        for ext in ["doc", "wps", "odt", "DOC"] {
            do {
                _ = try DocumentReader.read(bytes: [0xD0, 0xCF], path: "报告.\(ext)")
                Issue.record("expected an error for .\(ext)")
            } catch {
                #expect(error.kind == .input)
                #expect(error.message.contains("另存为 .docx"))
                #expect(error.message.contains("libreoffice --headless --convert-to docx"))
            }
        }
    }
}
