import Dispatch
import Foundation
import QRLintCore

/// PDF → `Document`, through poppler's `pdftotext` (no PDF parsing of our own): the extracted text is read
/// like any text input by `PlainTextReader`. Lines are the lines of `pdftotext -enc UTF-8 FILE -` (form
/// feeds between pages removed), so a location can be found in that output; the form feeds are kept as a
/// `PageMap` in the source's line kind, so a location also names its page.
public enum PDFReader {
    /// A PDF that takes longer than this to extract is given up on, not waited for.
    static let timeout: DispatchTimeInterval = .seconds(120)

    public static func read(bytes: [UInt8], path: String) throws(QRLintError) -> Document {
        guard bytes.count >= 5, bytes[0..<5].elementsEqual(Array("%PDF-".utf8)) else {
            throw QRLintError(.input, "\(path)：不是有效的 PDF 文件（文件头不是 %PDF-）")
        }
        guard let tool = executable(named: "pdftotext") else {
            throw QRLintError(
                .input,
                "\(path)：读取 PDF 需要 pdftotext；请安装 poppler-utils（apt-get install poppler-utils；"
                    + "macOS：brew install poppler）"
            )
        }
        var text = try extract(bytes, tool: tool, path: path)
        let pages = PageMap(formFeedsIn: text)
        text.removeAll { $0 == 0x0C }
        guard text.contains(where: { $0 > 0x20 }) else {
            throw QRLintError(.input, "\(path)：PDF 中没有可提取的文字（可能是扫描件或图片），无法检查")
        }
        let decoded = try TextDecoder.decode(text, path: path)
        let source = SourceText(path: path, scalars: decoded.scalars, lineKind: .page(pages))
        return Document(source: source, format: .pdf, blocks: PlainTextReader.read(source).blocks)
    }

    /// Whether `pdftotext` is on `PATH` (tests of PDF input skip without it).
    public static var isAvailable: Bool { executable(named: "pdftotext") != nil }

    /// The first executable file of that name on `PATH`.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `pdftotext -enc UTF-8 - -` with the PDF on standard input (the bytes may come from standard
    /// input themselves), reading its output and errors while it runs so no pipe fills up.
    private static func extract(_ bytes: [UInt8], tool: String, path: String) throws(QRLintError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-", "-"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw QRLintError(.input, "\(path)：无法运行 \(tool)（\(error.localizedDescription)）")
        }
        let collected = Collected()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            // pdftotext may stop reading early on a broken file: a failed write is not our error.
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.setOutput(output.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: group) {
            collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw QRLintError(.input, "\(path)：pdftotext 超过 120 秒仍未完成，已放弃")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: collected.errors, as: UTF8.self).split(separator: "\n").last.map(String.init)
            throw QRLintError(
                .input, "\(path)：pdftotext 无法读取这个 PDF（\(detail ?? "退出码 \(process.terminationStatus)")）；文件可能已损坏或加密")
        }
        return [UInt8](collected.output)
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var outputData = Data()
        private var errorData = Data()

        var output: Data { lock.withLock { outputData } }
        var errors: Data { lock.withLock { errorData } }

        func setOutput(_ data: Data) { lock.withLock { outputData = data } }
        func setErrors(_ data: Data) { lock.withLock { errorData = data } }
    }
}
