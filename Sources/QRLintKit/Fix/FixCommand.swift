import Foundation
import QRLintCore

/// `qrlint --fix FILE…`: applies the safe fixes of the findings to Markdown and text files, written
/// atomically; with `--dry-run`, prints the change as a unified diff and writes nothing.
enum FixCommand {
    /// Extensions `--fix` may rewrite; everything else (.docx, .pdf, standard input) is refused.
    static let writableExtensions: Set<String> = ["md", "markdown", "txt"]
    /// Fixes can overlap (a systemic fix spans others); each pass lints the fixed text again.
    static let maximumPasses = 5

    struct Change {
        var line: Int
        var column: Int
        var diagnostic: Diagnostic
    }

    /// - Parameter inputs: each file with the linter its configuration gives it.
    static func run(_ inputs: [(path: String, linter: Linter)], dryRun: Bool, streams: QRLintCommand.Streams)
        throws(QRLintError) -> Int32
    {
        for input in inputs { try requireWritable(input.path) }
        var total = 0
        for (path, linter) in inputs {
            let bytes = try InputFiles.read(path)
            let (original, fixed, changes) = try fixedText(bytes: bytes, path: path, linter: linter)
            total += changes.count
            guard !changes.isEmpty, let fixed else { continue }
            if dryRun {
                streams.standardOutput(UnifiedDiff.render(old: original, new: fixed, oldName: path, newName: path))
            } else {
                let encoded = try SourceEncoding.detect(bytes).encode(fixed, path: path)
                try AtomicFile.replace(path, with: encoded)
                for change in changes {
                    let fix = change.diagnostic.fix!
                    streams.standardOutput(
                        "\(path):\(change.line):\(change.column): 已修复：\(fix.message) [\(change.diagnostic.ruleID)]\n")
                }
            }
        }
        let summary =
            total == 0
            ? "没有可自动修复的问题"
            : (dryRun ? "共 \(total) 项可自动修复（--dry-run：未修改文件）" : "共应用 \(total) 项修复")
        streams.standardError("qrlint: \(summary)\n")
        return 0
    }

    /// Lints and fixes until no safe fix is left (or `maximumPasses`): the decoded original, the final text
    /// (nil when unchanged) and every applied fix with its place in the text it was applied to.
    static func fixedText(bytes: [UInt8], path: String, linter: Linter) throws(QRLintError)
        -> (original: String, fixed: String?, changes: [Change])
    {
        var report = try linter.lint(bytes: bytes, path: path)
        let original = String(scalars: report.source.scalars)
        var changes: [Change] = []
        var text: String?
        for _ in 0..<maximumPasses {
            let result = FixApplication.apply(report.diagnostics, to: report.source.scalars)
            guard !result.applied.isEmpty else { break }
            for diagnostic in result.applied {
                let position = report.source.position(of: diagnostic.fix!.span.start)
                changes.append(Change(line: position.line, column: position.column, diagnostic: diagnostic))
            }
            text = result.text
            report = try linter.lint(bytes: Array(result.text.utf8), path: path)
        }
        return (original, text, changes)
    }

    private static func requireWritable(_ path: String) throws(QRLintError) {
        if path == "-" {
            throw QRLintError(.usage, "--fix 不能用于标准输入：请指定 .md 或 .txt 文件")
        }
        let ext = (path as NSString).pathExtension.lowercased()
        guard writableExtensions.contains(ext) else {
            let shown = ext.isEmpty ? "没有扩展名的" : ".\(ext) "
            throw QRLintError(.usage, "\(path)：--fix 只修改 .md、.markdown 和 .txt 文件，不修改\(shown)文件")
        }
    }
}

/// Replaces a file's contents atomically: a temporary file in the same folder, renamed over the original,
/// so a crash never leaves half a draft.
enum AtomicFile {
    static func replace(_ path: String, with bytes: [UInt8]) throws(QRLintError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).qrlint-\(UUID().uuidString).tmp")
        let fm = FileManager.default
        do {
            try Data(bytes).write(to: temporary, options: .withoutOverwriting)
            if let attributes = try? fm.attributesOfItem(atPath: path), let permissions = attributes[.posixPermissions]
            {
                try? fm.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, path) == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw QRLintError(.output, "\(path)：无法写入修复后的文件（\(error.localizedDescription)）")
        }
    }
}
