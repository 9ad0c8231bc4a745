import Foundation
import QRLintCore
import QRLintReaders
import Testing

/// Throwaway: dumps every .txt in $QRLINT_CORPUS_DIR into $QRLINT_DUMP_DIR.
@Test(.enabled(if: ProcessInfo.processInfo.environment["QRLINT_CORPUS_DIR"] != nil))
func plainTextCorpusDump() throws {
    let env = ProcessInfo.processInfo.environment
    let dir = env["QRLINT_CORPUS_DIR"]!
    let out = env["QRLINT_DUMP_DIR"] ?? "/tmp"
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".txt") {
        let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        let doc = PlainTextReader.read(SourceText(path: name, text: text))
        try doc.dump().write(toFile: out + "/" + name + ".dump", atomically: true, encoding: .utf8)
    }
}
