import QRLintCore
import QRLintReaders
import QRLintTestSupport
import Testing

/// The zip layer: reading good archives, and failing fast and clearly on broken or hostile ones.
/// Hostile archives must fail or read, never hang: each test has a time limit as a guard against a hang.
/// How fast they fail is a speed goal, which belongs in a benchmark, not in a timed assertion.
@Suite("ZipArchive", .timeLimit(.minutes(1)))
struct ZipArchiveTests {
    static let text = Array("重庆市星河职业技术学校 2025 年度质量年度报告\n".utf8)

    static func archive(_ build: (inout ZipWriter) -> Void) -> [UInt8] {
        var zip = ZipWriter()
        build(&zip)
        return zip.bytes()
    }

    /// Runs `body` and expects an input error whose message contains `fragment`.
    static func expectInputError(
        _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) {
        do {
            try body()
            Issue.record("expected an error containing “\(fragment)”", sourceLocation: sourceLocation)
        } catch let error as QRLintError {
            #expect(error.kind == .input, sourceLocation: sourceLocation)
            #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func storedAndDeflatedEntries() throws {
        let large = [UInt8](repeating: 0x41, count: 200_000)
        let bytes = Self.archive {
            $0.add("a.txt", Self.text)
            $0.addDeflated("dir/b.txt", Self.text)
            $0.addDeflated("large.bin", large)
            $0.add("empty", [UInt8]())
        }
        var zip = try ZipArchive(bytes: bytes, path: "x.zip")
        #expect(zip.entries.map(\.name) == ["a.txt", "dir/b.txt", "large.bin", "empty"])
        #expect(try zip.extract("a.txt") == Self.text)
        #expect(try zip.extract("dir/b.txt") == Self.text)
        #expect(try zip.extract("large.bin") == large)
        #expect(try zip.extract("empty") == [])
        #expect(try zip.extract("missing") == nil)
        #expect(zip.extractedSize == Self.text.count * 2 + large.count)
    }

    @Test func fixedHuffmanStreamInflates() throws {
        let zeros = [UInt8](repeating: 0, count: 100_000)
        let bytes = Self.archive {
            $0.add(
                .init(
                    name: "zeros", payload: ZipWriter.deflatedZeros(zeros.count), method: 8,
                    crc32: ZipWriter.crc32(zeros), uncompressedSize: zeros.count))
        }
        var zip = try ZipArchive(bytes: bytes, path: "x.zip")
        #expect(try zip.extract("zeros") == zeros)
    }

    @Test func notAZip() {
        Self.expectInputError("不是 ZIP 压缩包") { _ = try ZipArchive(bytes: Array("# 学校概况\n".utf8), path: "a.docx") }
        Self.expectInputError("不是 ZIP 压缩包") { _ = try ZipArchive(bytes: [], path: "a.docx") }
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)
        Self.expectInputError("旧版 Word") { _ = try ZipArchive(bytes: compound, path: "a.docx") }
    }

    /// Cut anywhere, an archive fails with an input error or (cut inside the trailing comment) still reads.
    @Test func truncatedAtEveryLength() {
        let bytes = Self.archive {
            $0.add("a.txt", Self.text)
            $0.addDeflated("b.txt", Self.text)
        }
        for length in 0..<bytes.count {
            do {
                var zip = try ZipArchive(bytes: Array(bytes[0..<length]), path: "a.docx")
                _ = try zip.extract("a.txt")
                _ = try zip.extract("b.txt")
                Issue.record("a cut at \(length) of \(bytes.count) bytes was read")
            } catch {
                // Typed throws: every error here is a `QRLintError`.
                #expect(error.kind == .input)
            }
        }
        Self.expectInputError("不完整") { _ = try ZipArchive(bytes: Array(bytes[0..<(bytes.count / 2)]), path: "a.docx") }
    }

    @Test func badCRC() {
        let bytes = Self.archive {
            $0.add(
                .init(
                    name: "word/document.xml", payload: Self.text, method: 0, crc32: 0x1234_5678,
                    uncompressedSize: Self.text.count))
        }
        Self.expectInputError("CRC-32") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx")
            _ = try zip.extract("word/document.xml")
        }
    }

    /// 100 MB claimed from 4 KB: refused from the directory alone, before inflating anything.
    @Test func zipBombRatio() {
        let payload = ZipWriter.deflatedZeros(400_000)
        let bytes = Self.archive {
            $0.add(
                .init(
                    name: "word/document.xml", payload: payload, method: 8, crc32: 0,
                    uncompressedSize: 100 << 20))
        }
        Self.expectInputError("压缩炸弹") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx")
            _ = try zip.extract("word/document.xml")
        }
    }

    /// A directory that understates the size: inflating stops at the declared size.
    @Test func streamLongerThanDeclared() {
        let payload = ZipWriter.deflatedZeros(5_000_000)
        let bytes = Self.archive {
            $0.add(.init(name: "word/document.xml", payload: payload, method: 8, crc32: 0, uncompressedSize: 1000))
        }
        Self.expectInputError("大小与目录记录不符") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx")
            _ = try zip.extract("word/document.xml")
        }
    }

    @Test func sizeLimits() {
        let zeros = [UInt8](repeating: 0, count: 2 << 20)
        let bytes = Self.archive {
            $0.add(
                .init(
                    name: "big", payload: ZipWriter.deflatedZeros(zeros.count), method: 8,
                    crc32: ZipWriter.crc32(zeros), uncompressedSize: zeros.count))
            $0.add("small", Self.text)
        }
        Self.expectInputError("超过上限 1000000 字节") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx", limits: ZipLimits(maxEntrySize: 1_000_000))
            _ = try zip.extract("big")
        }
        Self.expectInputError("合计超过上限") {
            var zip = try ZipArchive(
                bytes: bytes, path: "a.docx", limits: ZipLimits(maxTotalSize: Self.text.count + 10))
            _ = try zip.extract("small")
            _ = try zip.extract("small")
        }
        // 2 MB from 13 KB is about 160:1: fine by default, a bomb under a stricter ratio.
        Self.expectInputError("压缩比") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx", limits: ZipLimits(maxRatio: 100))
            _ = try zip.extract("big")
        }
    }

    @Test func tooManyEntries() {
        let bytes = Self.archive { zip in
            for index in 0...10_000 { zip.add("f\(index)", [UInt8]()) }
        }
        Self.expectInputError("超过上限 10000 个") { _ = try ZipArchive(bytes: bytes, path: "a.docx") }
    }

    @Test func encryptedUnsupportedAndCorrupt() {
        let bytes = Self.archive {
            $0.add(
                .init(
                    name: "locked", payload: Self.text, method: 0, crc32: ZipWriter.crc32(Self.text),
                    uncompressedSize: Self.text.count, flags: 1))
            $0.add(.init(name: "bzip2", payload: Self.text, method: 12, crc32: 0, uncompressedSize: 10))
            $0.add(
                .init(name: "garbage", payload: [0xFF, 0xFF, 0xFF, 0xFF], method: 8, crc32: 0, uncompressedSize: 10))
            $0.add(.init(name: "short", payload: [0x01, 0x05, 0x00], method: 8, crc32: 0, uncompressedSize: 5))
        }
        Self.expectInputError("已加密") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx")
            _ = try zip.extract("locked")
        }
        Self.expectInputError("不支持的压缩方式（12）") {
            var zip = try ZipArchive(bytes: bytes, path: "a.docx")
            _ = try zip.extract("bzip2")
        }
        for name in ["garbage", "short"] {
            Self.expectInputError("压缩数据已损坏") {
                var zip = try ZipArchive(bytes: bytes, path: "a.docx")
                _ = try zip.extract(name)
            }
        }
    }

    @Test func zip64AndMultiDisk() {
        var bytes = Self.archive { $0.add("a", Self.text) }
        let end = bytes.count - 22
        var zip64 = bytes
        zip64[end + 10] = 0xFF
        zip64[end + 11] = 0xFF
        Self.expectInputError("ZIP64") { _ = try ZipArchive(bytes: zip64, path: "a.docx") }
        bytes[end + 4] = 1
        Self.expectInputError("分卷") { _ = try ZipArchive(bytes: bytes, path: "a.docx") }
    }

    /// Flipped bytes anywhere in a real-shaped `.docx`: an input error or a document, never a crash.
    @Test func randomCorruptionNeverCrashes() {
        let original = TestDocx.package(
            body: TestDocx.p("一、学校概况") + TestDocx.p("学校有教职工 286 人。"),
            styles: TestDocx.style("1", name: "heading 1"), deflated: true)
        var generator = SplitMix(seed: 20_250_108)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int(generator.next() % 4 + 1) {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            }
            do {
                _ = try DocxReader.read(bytes: bytes, path: "a.docx")
            } catch {
                #expect(error.kind == .input)
            }
        }
    }
}

/// A small deterministic generator for corruption tests.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
