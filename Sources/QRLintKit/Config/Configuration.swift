import Foundation
import QRLintCore
import QRLintRules

/// `.qrlint.json`: a project's settings, found by walking up from each input (or given with `--config`).
///
/// ```json
/// {
///   "//": "说明文字可以写在 // 键里",
///   "template": "zhongzhi-2025",
///   "reportYear": 2025,
///   "rules": { "structure.order": "off", "structure.numbering": "error",
///              "structure.case-form": { "severity": "info", "options": { "maxLength": 1000 } } },
///   "ignore": ["归档/**", "*.bak.md"],
///   "extends": ["../.qrlint.json", "my-rules/"]
/// }
/// ```
/// Unknown keys and bad values are errors naming the file, line and key path. Command-line options win.
public struct Configuration: Sendable, Equatable {
    /// The folder of the config file: `ignore` patterns and `extends` paths are relative to it.
    public var directory: String
    public var template: String?
    public var reportYear: Int?
    /// Rule id → severity, or nil for "off".
    public var rules: [String: Severity?]
    /// Rule id → option name → value.
    public var ruleOptions: [String: [String: Int]]
    public var ignore: [String]
    /// Rule-pack folders brought in by `extends`.
    public var rulePackDirectories: [String]

    public init(
        directory: String, template: String? = nil, reportYear: Int? = nil, rules: [String: Severity?] = [:],
        ruleOptions: [String: [String: Int]] = [:], ignore: [String] = [], rulePackDirectories: [String] = []
    ) {
        self.ruleOptions = ruleOptions
        self.directory = directory
        self.template = template
        self.reportYear = reportYear
        self.rules = rules
        self.ignore = ignore
        self.rulePackDirectories = rulePackDirectories
    }

    public static let fileName = ".qrlint.json"

    /// Settings of `other` win over this configuration's; ignore patterns and pack folders add up.
    func overlaid(by other: Configuration) -> Configuration {
        var merged = self
        merged.directory = other.directory
        merged.template = other.template ?? template
        merged.reportYear = other.reportYear ?? reportYear
        merged.rules.merge(other.rules) { _, new in new }
        for (id, options) in other.ruleOptions { merged.ruleOptions[id, default: [:]].merge(options) { _, new in new } }
        merged.ignore =
            ignore.map { Self.absolute($0, in: directory) }
            + other.ignore.map { Self.absolute($0, in: other.directory) }
        merged.rulePackDirectories += other.rulePackDirectories
        return merged
    }

    /// Whether a file is excluded by `ignore` (patterns relative to the config's folder; `*`, `?`, `**`).
    public func ignores(_ path: String) -> Bool {
        let absolutePath = Self.absolute(path, in: FileManager.default.currentDirectoryPath)
        return ignore.contains { pattern in
            let absolutePattern = Self.absolute(pattern, in: directory)
            return Glob.matches(absolutePattern, absolutePath)
                || (!pattern.contains("/") && Glob.matches(pattern, (path as NSString).lastPathComponent))
        }
    }

    static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }
}
