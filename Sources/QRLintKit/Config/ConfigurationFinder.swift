import Foundation
import QRLintCore

/// Finds the `.qrlint.json` that governs each input: the nearest one in the input's folder or above.
/// Each folder is looked up once per run.
final class ConfigurationFinder: @unchecked Sendable {
    private var cache: [String: Configuration?] = [:]
    private let lock = NSLock()

    func configuration(for path: String) throws(QRLintError) -> Configuration? {
        let start =
            path == "-"
            ? FileManager.default.currentDirectoryPath
            : (Configuration.absolute(path, in: FileManager.default.currentDirectoryPath) as NSString)
                .deletingLastPathComponent
        return try lookUp(start)
    }

    private func lookUp(_ directory: String) throws(QRLintError) -> Configuration? {
        if let known = lock.withLock({ cache[directory] }) { return known }
        let candidate = (directory as NSString).appendingPathComponent(Configuration.fileName)
        let found: Configuration?
        if FileManager.default.fileExists(atPath: candidate) {
            found = try ConfigurationFile.load(candidate)
        } else {
            let parent = (directory as NSString).deletingLastPathComponent
            found = parent == directory || parent.isEmpty ? nil : try lookUp(parent)
        }
        lock.withLock { cache[directory] = found }
        return found
    }
}
