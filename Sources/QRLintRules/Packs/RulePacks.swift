import Foundation
import QRLintCore

/// The data the rules are parameterised by: built-in packs, plus any `--rules DIR` a user adds.
public struct RulePacks: Sendable {
    /// Sorted by id; a user pack with the id of a built-in one replaces it.
    public private(set) var templates: [TemplateProfile] {
        didSet { partsByTitle = Self.partsByTitle(templates) }
    }
    /// Normalised chapter title or alias → the seven-part keys it names in any template.
    public private(set) var partsByTitle: [String: Set<String>]

    public init(templates: [TemplateProfile]) {
        self.templates = templates.sorted { $0.id < $1.id }
        self.partsByTitle = Self.partsByTitle(templates)
    }

    private static func partsByTitle(_ templates: [TemplateProfile]) -> [String: Set<String>] {
        var map: [String: Set<String>] = [:]
        for profile in templates {
            for chapter in profile.chapters where TemplateProfile.sevenParts.contains(chapter.part) {
                for spelling in chapter.normalized.spellings { map[spelling, default: []].insert(chapter.part) }
            }
        }
        return map
    }

    public func template(_ id: String) -> TemplateProfile? {
        templates.first { $0.id == id }
    }

    /// The packs compiled into the binary (from `Rules/`, see `scripts/embed-rule-packs`).
    public static func builtIn() throws(QRLintError) -> RulePacks {
        try load(files: EmbeddedPacks.files)
    }

    /// Decodes pack files given as (path relative to the pack root, contents).
    public static func load(files: [(path: String, contents: String)]) throws(QRLintError) -> RulePacks {
        var packs = RulePacks(templates: [])
        for file in files {
            try packs.add(path: file.path, contents: file.contents)
        }
        return packs
    }

    /// Adds or replaces packs from a folder laid out like `Rules/` (`templates/*.json`).
    public func adding(directory: String) throws(QRLintError) -> RulePacks {
        var packs = self
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw QRLintError(.rulePack, "\(directory)：规则包目录不存在")
        }
        let kinds = ["templates"]
        var found = false
        for kind in kinds {
            let folder = (directory as NSString).appendingPathComponent(kind)
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let data = fm.contents(atPath: path) else {
                    throw QRLintError(.rulePack, "\(path)：无法读取规则包")
                }
                try packs.add(path: path, contents: String(decoding: data, as: UTF8.self), kind: kind)
                found = true
            }
        }
        if !found {
            throw QRLintError(.rulePack, "\(directory)：没有找到规则包（应有 templates/*.json）")
        }
        return packs
    }

    private mutating func add(path: String, contents: String, kind: String? = nil) throws(QRLintError) {
        let folder = kind ?? String(path.split(separator: "/").dropLast().last ?? "")
        switch folder {
        case "templates":
            let profile: TemplateProfile = try PackDecoder.decode(path: path, contents: contents)
            templates.removeAll { $0.id == profile.id }
            templates.append(profile)
            templates.sort { $0.id < $1.id }
        default:
            throw QRLintError(.rulePack, "\(path)：未知的规则包类别“\(folder)”")
        }
    }
}

extension RulePacks {
    /// The embedded pack files by path, for the test that keeps them in step with `Rules/`.
    public static var embeddedFiles: [String: String] {
        Dictionary(uniqueKeysWithValues: EmbeddedPacks.files.map { ($0.path, $0.contents) })
    }
}
