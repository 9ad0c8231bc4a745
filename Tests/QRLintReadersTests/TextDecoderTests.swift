import Foundation
import QRLintCore
import Testing

@testable import QRLintReaders

@Suite("TextDecoder")
struct TextDecoderTests {
    private let sentence = "重庆市星河职业技术学校2025年度质量报告。"

    private func decoded(_ bytes: [UInt8]) throws -> String {
        let source = try TextDecoder.decode(bytes, path: "报告.txt")
        return source.text(in: 0..<source.scalars.count)
    }

    private func error(_ bytes: [UInt8], path: String = "data.bin") -> QRLintError? {
        do {
            _ = try TextDecoder.decode(bytes, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func utf8KeepsCarriageReturns() throws {
        let source = try TextDecoder.decode(Array("一、学校概况\r\n学校位于重庆😀。\r\n".utf8), path: "a.md")
        #expect(source.text(in: 0..<source.scalars.count) == "一、学校概况\r\n学校位于重庆😀。\r\n")
        #expect(source.lineText(2) == "学校位于重庆😀。")
        #expect(source.path == "a.md")
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array(sentence.utf8)) == sentence)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let text = sentence + "😀\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try decoded(bytes) == text)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let text = sentence + "😀"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoded(bytes) == text)
    }

    @Test func gb18030FromFoundationEncoder() throws {
        let text = sentence + "\r\n二、人才培养😀"
        let data = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(try decoded(Array(data)) == text)
    }

    @Test func gbkLiteralBytes() throws {
        // "你好，学校" in GBK.
        #expect(try decoded([0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xD1, 0xA7, 0xD0, 0xA3]) == "你好，学校")
    }

    @Test func emptyFileIsEmptyText() throws {
        let source = try TextDecoder.decode([], path: "empty.md")
        #expect(source.scalars.isEmpty)
        #expect(source.lineCount == 1)
        #expect(try decoded([0xEF, 0xBB, 0xBF]) == "")
    }

    @Test func nulByteIsBinary() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let failure = try #require(error(png))
        #expect(failure.kind == .input)
        #expect(failure.message == "data.bin：字节偏移 8 处不是文本（看起来是二进制文件）")
    }

    @Test func nulByteIsFoundAtEveryOffset() throws {
        // The check reads eight bytes at a time: a NUL in any place of a word, or in the tail after the last
        // whole word, is found.
        let text = Array("学校概况\tab\r\n".utf8)
        for offset in 0...text.count {
            var bytes = text
            bytes.insert(0x00, at: offset)
            let failure = try #require(error(bytes))
            #expect(failure.message == "data.bin：字节偏移 \(offset) 处不是文本（看起来是二进制文件）")
        }
        #expect(try decoded(text) == "学校概况\tab\r\n")
    }

    @Test func nulByteAfterInvalidUTF8IsStillBinary() throws {
        // Decoding stops at the invalid byte; the binary check must still read the bytes after it.
        let failure = try #require(error(Array("学".utf8) + [0xFF, 0x41, 0x00]))
        #expect(failure.message == "data.bin：字节偏移 5 处不是文本（看起来是二进制文件）")
        let notes = try #require(error([0xEF, 0xBB, 0xBF] + Array("学".utf8) + [0x01]))
        #expect(notes.message == "data.bin：字节偏移 6 处不是文本（看起来是二进制文件）")
    }

    @Test func manyControlCharactersAreBinary() throws {
        let bytes: [UInt8] = Array("abc".utf8) + (0..<40).map { UInt8(1 + $0 % 8) }
        let failure = try #require(error(bytes))
        #expect(failure.message.contains("字节偏移 3 处不是文本"))
    }

    @Test func aStrayControlCharacterIsStillText() throws {
        let text = String(repeating: "学校概况", count: 10) + "\u{0B}\u{0C}\t" + sentence
        #expect(try decoded(Array(text.utf8)) == text)
    }

    @Test func utf16NulCharacterIsBinary() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x66, 0x5B, 0x00, 0x00]
        let failure = try #require(error(bytes))
        #expect(failure.message.contains("字节偏移 4 处"))
    }

    @Test func invalidBytesReportTheOffset() throws {
        // 0xFF is neither UTF-8 nor GB18030.
        let bytes = Array("学校".utf8) + [0xFF, 0x41]
        let failure = try #require(error(bytes, path: "报告.md"))
        #expect(failure.kind == .input)
        #expect(failure.message.hasPrefix("报告.md：字节偏移 6 处不是有效的 UTF-8"))
    }

    @Test func byteOrderMarkMeansUTF8() throws {
        // Valid GBK after a UTF-8 BOM: the BOM wins, so this is an error, not GBK text.
        let failure = try #require(error([0xEF, 0xBB, 0xBF, 0xC4, 0xE3]))
        #expect(failure.message.contains("字节偏移 3 处"))
    }

    @Test func invalidUTF16IsReported() throws {
        #expect(error([0xFF, 0xFE, 0x66, 0x5B, 0x41])?.message.contains("字节偏移 4 处不是有效的 UTF-16") == true)
        // A low surrogate with no high surrogate before it.
        #expect(error([0xFE, 0xFF, 0x5B, 0x66, 0xDC, 0x00])?.message.contains("字节偏移 4 处") == true)
    }

    @Test(
        arguments: [
            [0xC0, 0x80],  // overlong NUL
            [0xE0, 0x80, 0x80],  // overlong
            [0xED, 0xA0, 0x80],  // surrogate
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0xE4, 0xB8],  // truncated
            [0x80],  // lone continuation byte
        ] as [[UInt8]])
    func strictUTF8RejectsMalformedSequences(_ tail: [UInt8]) {
        let bytes: [UInt8] = Array("ab".utf8) + tail
        let outcome = bytes.withUnsafeBufferPointer { DecodingUTF8.decode($0, from: 0) }
        guard case .invalid(let offset) = outcome else {
            Issue.record("accepted \(tail)")
            return
        }
        #expect(offset == 2)
    }

    @Test(
        arguments: [
            [0xE4, 0x41, 0x80],  // second byte not a continuation
            [0xE4, 0xB8, 0xC0],  // third byte not a continuation
            [0xEF, 0xBF, 0x41],
            [0xED, 0xA0, 0x80],  // surrogate, with a lead the three-byte fast path leaves to the full check
            [0xE0, 0x9F, 0xBF],  // overlong
        ] as [[UInt8]])
    func strictUTF8RejectsMalformedThreeByteSequencesInsideText(_ bad: [UInt8]) {
        let bytes: [UInt8] = Array("学a".utf8) + bad + Array("校cd".utf8)
        let outcome = bytes.withUnsafeBufferPointer { DecodingUTF8.decode($0, from: 0) }
        guard case .invalid(let offset) = outcome else {
            Issue.record("accepted \(bad)")
            return
        }
        #expect(offset == 4)
    }

    @Test func strictUTF8DecodesEveryThreeByteLeadAndTheEdges() {
        // One scalar for each lead byte E0…EF at both ends of its allowed second-byte range, and the
        // largest and smallest scalars of each length.
        let text =
            "\u{800}\u{FFF}\u{1000}\u{CFFF}\u{D000}\u{D7FF}\u{E000}\u{FFFF}\u{80}\u{7FF}\u{10000}\u{10FFFF}\u{7F}学校"
        #expect(Self.strictScalars(Array(text.utf8)) == Array(text.unicodeScalars))
        #expect(Self.strictScalars([0xEF, 0xBB, 0xBF] + Array(text.utf8), from: 3) == Array(text.unicodeScalars))
    }

    @Test func strictUTF8AcceptsEveryLength() {
        let text = "a©学😀"
        #expect(Self.strictScalars(Array(text.utf8)) == Array(text.unicodeScalars))
    }

    /// The scalars strict UTF-8 decoding gives from `start` on, or nil when it rejects the bytes.
    static func strictScalars(_ bytes: [UInt8], from start: Int = 0) -> [Unicode.Scalar]? {
        guard case .scalars(let scalars) = bytes.withUnsafeBufferPointer({ DecodingUTF8.decode($0, from: start) })
        else { return nil }
        return scalars
    }
}

@Suite("DocumentReader sniffing")
struct DocumentReaderSniffingTests {
    @Test func standardInputWithMarkdownHeadingsIsMarkdown() throws {
        let markdown = try DocumentReader.read(bytes: Array("# 1 学校概况\n\n正文。\n".utf8), path: "-")
        #expect(markdown.format == .markdown)
        let text = try DocumentReader.read(bytes: Array("1 学校概况\n#号不是标题\n".utf8), path: "-")
        #expect(text.format == .text)
    }
}
