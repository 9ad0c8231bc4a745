import Foundation
import QRLintCore

/// Writes output files atomically (a temporary file renamed into place), so a reader never sees half a report.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(QRLintError) {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(QRLintError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw QRLintError(.output, "\(path)：无法写入输出文件（\(error.localizedDescription)）")
        }
    }
}
