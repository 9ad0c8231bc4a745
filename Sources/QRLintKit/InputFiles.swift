import Foundation
import QRLintCore

/// Turns the paths on the command line into the files to lint, and reads them.
public enum InputFiles {
    /// Extensions looked for inside folders.
    public static let extensions: Set<String> = ["docx", "md", "markdown", "txt", "pdf"]

    /// Files stay as given; folders are searched recursively (hidden entries and Word's `~$` lock files
    /// skipped) and their files sorted.
    public static func expand(_ paths: [String]) throws(QRLintError) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw QRLintError(.input, "\(path)：文件或目录不存在")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = fm.enumerator(atPath: path) else {
                throw QRLintError(.input, "\(path)：无法读取目录")
            }
            var found: [String] = []
            for case let relative as String in enumerator {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                // Word keeps "~$报告.docx" beside a document while it is open: a lock file, not a draft.
                if (relative as NSString).lastPathComponent.hasPrefix("~$") { continue }
                let ext = (relative as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
            files += found.sorted()
        }
        return files
    }

    /// The bytes of a file, or of standard input for `-`.
    public static func read(_ path: String) throws(QRLintError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let bytes = FileBytes.contents(atPath: path) else {
            throw QRLintError(.input, "\(path)：无法读取文件")
        }
        return bytes
    }
}
