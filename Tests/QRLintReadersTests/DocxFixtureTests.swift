import Foundation
import QRLintCore
import QRLintReaders
import Testing

/// Real `.docx` files written by LibreOffice from the example drafts (`scripts/make-docx-fixtures`).
@Suite("DocxReader on LibreOffice files")
struct DocxFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func read(_ name: String) throws -> Document {
        let path = fixtures.appendingPathComponent(name).path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return try DocumentReader.read(bytes: [UInt8](bytes), path: name)
    }

    static func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { block in
            guard case .heading(let h) = block else { return nil }
            return "\(h.level) " + (h.number.map { $0.text + " " } ?? "") + h.title.string
        }
    }

    @Test func automaticNumberingAsWordShowsIt() throws {
        let document = try Self.read("xinghe-2025-draft.docx")
        #expect(document.format == .docx)
        let headings = Self.headings(document)
        #expect(headings.prefix(4) == ["1 年报公开形式及网址", "1 内容真实性责任声明", "1 前言", "1 目录"])
        // The numbers come from numbering.xml (the 1.6 from a restart LibreOffice writes as a start override).
        let numbered = headings.filter { $0.hasPrefix("1 1 ") || $0.hasPrefix("2 1.") || $0.hasPrefix("1 2 ") }
        #expect(
            numbered == [
                "1 1 学校概况", "2 1.1 基本情况", "2 1.2 办学条件", "2 1.3 专业设置", "2 1.4 师资队伍",
                "2 1.6 学生规模", "1 2 人才培养",
            ])
        #expect(headings.contains("2 2.1 立德树人"))
        #expect(headings.suffix(3) == ["1 7 面临挑战", "2 挑战1：生源结构变化", "2 挑战2：双师队伍不足"])
        // The title is body text (Title style), the first paragraph of the document.
        guard case .paragraph(let title) = document.blocks.first else {
            Issue.record("expected the title paragraph first")
            return
        }
        #expect(title.text.string == "重庆市星河职业技术学校 2025 年度质量年度报告（问题稿）")
        #expect(document.source.position(of: title.span.start) == SourcePosition(line: 1, column: 1))
    }

    @Test func generatedTOCAndMergedTable() throws {
        let document = try Self.read("xinghe-2025-extras.docx")
        let entries = document.blocks.compactMap { block -> TOCEntry? in
            guard case .tocEntry(let entry) = block else { return nil }
            return entry
        }
        #expect(
            entries.map(\.text.string) == [
                "1 学校概况", "2 人才培养", "3 服务贡献", "4 文化传承", "5 国际合作",
                "6 产教融合", "7 发展保障", "8 面临挑战",
            ])
        #expect(entries.first?.page == 2)
        #expect(Self.headings(document).contains("1 目录"))
        let tables = document.blocks.compactMap { block -> Table? in
            guard case .table(let table) = block else { return nil }
            return table
        }
        let table = try #require(tables.first)
        #expect(
            table.rows.map { $0.map(\.text.string) } == [
                ["项目", "在校生（人）", ""], ["", "2024 年", "2025 年"], ["一年级", "1650", "1700"], ["合计", "4600", "4800"],
            ])
        #expect(
            document.blocks.contains { block in
                if case .caption(let caption) = block { return caption.kind == .table && caption.number == "1" }
                return false
            })
    }

    /// Every paragraph of the file is a line: the source has as many lines as document.xml has `w:p`.
    @Test func paragraphNumbersCountEveryParagraph() throws {
        let name = "xinghe-2025-extras.docx"
        let document = try Self.read(name)
        #expect(document.source.lineKind == .paragraph)
        let bytes = try #require(FileManager.default.contents(atPath: Self.fixtures.appendingPathComponent(name).path))
        var archive = try ZipArchive(bytes: [UInt8](bytes), path: name)
        let xml = String(decoding: try #require(try archive.extract("word/document.xml")), as: UTF8.self)
        let paragraphs = xml.components(separatedBy: "<w:p>").count - 1 + xml.components(separatedBy: "<w:p ").count - 1
        #expect(paragraphs > 100)
        #expect(document.source.lineCount == paragraphs)
    }
}
