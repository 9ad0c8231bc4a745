import Foundation
import QRLintCore
import QRLintRules

/// Reads `.qrlint.json` files strictly: unknown keys and bad values are errors with file, line, column and
/// key path; `extends` is followed (configs merged, pack folders collected), cycles rejected.
enum ConfigurationFile {
    private struct Raw: Decodable {
        var template: String?
        var reportYear: Int?
        var rules: [String: RuleSetting]?
        var ignore: [String]?
        var extends: Extends?

        static let keys = ["//", "template", "reportYear", "rules", "ignore", "extends"]

        enum CodingKeys: String, CodingKey {
            case template, reportYear, rules, ignore, extends
        }

        init(from decoder: Decoder) throws {
            try UnknownKeys.reject(in: decoder, allowed: Self.keys)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            template = try c.decodeIfPresent(String.self, forKey: .template)
            reportYear = try c.decodeIfPresent(Int.self, forKey: .reportYear)
            if c.contains(.rules) {
                let nested = try c.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .rules)
                var settings: [String: RuleSetting] = [:]
                for key in nested.allKeys where !key.stringValue.hasPrefix("//") {
                    settings[key.stringValue] = try nested.decode(RuleSetting.self, forKey: key)
                }
                rules = settings
            }
            ignore = try c.decodeIfPresent([String].self, forKey: .ignore)
            extends = try c.decodeIfPresent(Extends.self, forKey: .extends)
            if let year = reportYear, !(2000...2099).contains(year) {
                throw DecodingError.dataCorruptedError(
                    forKey: .reportYear, in: c, debugDescription: "年份应在 2000–2099 之间")
            }
        }
    }

    /// `"off"`, a severity, or `{ "severity": …, "options": { name: number } }`.
    private struct RuleSetting: Decodable {
        var severity: Severity??
        var options: [String: Int]

        init(from decoder: Decoder) throws {
            options = [:]
            if let single = try? decoder.singleValueContainer(), let word = try? single.decode(String.self) {
                severity = .some(try Self.level(word, decoder: decoder))
                return
            }
            try UnknownKeys.reject(in: decoder, allowed: ["severity", "options", "//"])
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            if let word = try c.decodeIfPresent(String.self, forKey: AnyCodingKey(stringValue: "severity")) {
                severity = .some(try Self.level(word, decoder: decoder))
            } else {
                severity = nil
            }
            options = try c.decodeIfPresent([String: Int].self, forKey: AnyCodingKey(stringValue: "options")) ?? [:]
        }

        static func level(_ word: String, decoder: Decoder) throws -> Severity? {
            if word == "off" { return nil }
            guard let level = Severity(rawValue: word) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath, debugDescription: "级别应为 error、warning、info 或 off，而不是“\(word)”"))
            }
            return level
        }
    }

    private struct Extends: Decodable {
        var paths: [String]

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let one = try? c.decode(String.self) {
                paths = [one]
            } else {
                paths = try c.decode([String].self)
            }
        }
    }

    static func load(_ path: String) throws(QRLintError) -> Configuration {
        var visiting: [String] = []
        return try load(path, visiting: &visiting)
    }

    private static func load(_ path: String, visiting: inout [String]) throws(QRLintError) -> Configuration {
        let absolute = Configuration.absolute(path, in: FileManager.default.currentDirectoryPath)
        if visiting.contains(absolute) {
            throw QRLintError(.usage, "\(path)：extends 形成了循环（\((visiting + [absolute]).joined(separator: " → "))）")
        }
        visiting.append(absolute)
        defer { visiting.removeLast() }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw QRLintError(.usage, "\(path)：无法读取配置文件")
        }
        let contents = String(decoding: data, as: UTF8.self)
        let raw = try PackDecoder.decode(Raw.self, path: path, contents: contents)
        let directory = (absolute as NSString).deletingLastPathComponent
        var base = Configuration(directory: directory)
        var packs: [String] = []
        for entry in raw.extends?.paths ?? [] {
            let target = Configuration.absolute(entry, in: directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
                throw QRLintError(.usage, "\(path)：extends 指向的“\(entry)”不存在")
            }
            if isDirectory.boolValue {
                packs.append(target)
            } else {
                base = base.overlaid(by: try load(target, visiting: &visiting))
            }
        }
        var rules: [String: Severity?] = [:]
        var ruleOptions: [String: [String: Int]] = [:]
        for (id, setting) in raw.rules ?? [:] where !id.hasPrefix("//") {
            let keyPath = [AnyCodingKey(stringValue: "rules"), AnyCodingKey(stringValue: id)]
            guard let rule = RuleRegistry.rule(id) else {
                let at = PackDecoder.locate(keyPath, in: contents)
                throw QRLintError(.usage, "\(path):\(at.line):\(at.column): rules.\(id)：未知的规则（qrlint rules 列出全部规则）")
            }
            if let severity = setting.severity { rules[id] = severity }
            let known = rule.description.options.map(\.name)
            for name in setting.options.keys.sorted() where !known.contains(name) {
                let at = PackDecoder.locate(
                    keyPath + [AnyCodingKey(stringValue: "options"), AnyCodingKey(stringValue: name)], in: contents)
                let list = known.isEmpty ? "这条规则没有选项" : "可用：\(known.joined(separator: ", "))"
                throw QRLintError(.usage, "\(path):\(at.line):\(at.column): rules.\(id).options.\(name)：未知的选项（\(list)）")
            }
            if !setting.options.isEmpty { ruleOptions[id] = setting.options }
        }
        let own = Configuration(
            directory: directory, template: raw.template, reportYear: raw.reportYear, rules: rules,
            ruleOptions: ruleOptions, ignore: raw.ignore ?? [], rulePackDirectories: packs)
        return base.overlaid(by: own)
    }
}

/// Rejects keys a config object does not know (Codable would ignore them silently).
enum UnknownKeys {
    static func reject(in decoder: Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) && !key.stringValue.hasPrefix("//") {
            let list = allowed.filter { $0 != "//" }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath + [key], debugDescription: "未知的键“\(key.stringValue)”（可用：\(list)）"))
        }
    }
}
