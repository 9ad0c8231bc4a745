import Foundation
import QRLintCore

/// The data the rules are parameterised by: built-in packs, plus any `--rules DIR` a user adds.
public struct RulePacks: Sendable {
    /// Decoded packs by folder, each list sorted by id.
    private var byFolder: [String: [(id: String, pack: any RulePackFile)]] = [:]
    /// Normalised chapter title or alias → the seven-part keys it names in any template.
    public private(set) var partsByTitle: [String: Set<String>] = [:]
    /// Every normalised chapter title or alias of any template (what `Outline` accepts as a chapter heading).
    public private(set) var chapterTitles: Set<String> = []
    /// Units, measures and partition families as the number analysis looks them up: built once per set of
    /// packs, not once per file linted.
    public private(set) var numberLexicon = NumberLexicon(measurePacks: [], families: [])
    /// Every phrase `ProseScan` looks for (`ProsePhrases`), ready to match.
    private(set) var proseMatcher = PhraseMatcher([String]())

    public init() {}

    /// Every pack of one kind, sorted by id.
    public func all<T: RulePackFile>(_ type: T.Type) -> [T] {
        (byFolder[T.folder] ?? []).compactMap { $0.pack as? T }
    }

    public var templates: [TemplateProfile] { all(TemplateProfile.self) }

    public func template(_ id: String) -> TemplateProfile? {
        templates.first { $0.id == id }
    }

    /// The packs compiled into the binary (from `Rules/`, see `scripts/embed-rule-packs`).
    public static func builtIn() throws(QRLintError) -> RulePacks {
        try load(files: EmbeddedPacks.files)
    }

    /// Decodes pack files given as (path relative to the pack root, contents).
    public static func load(files: [(path: String, contents: String)]) throws(QRLintError) -> RulePacks {
        var packs = RulePacks()
        for file in files {
            // "templates/zhongzhi-2025.json" → "templates" (`NSString` path handling cost 20 K instructions a file).
            let folder = file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? ""
            try packs.add(path: file.path, folder: folder, contents: file.contents)
        }
        packs.index()
        return packs
    }

    /// Adds or replaces packs from a folder laid out like `Rules/`.
    public func adding(directory: String) throws(QRLintError) -> RulePacks {
        var packs = self
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw QRLintError(.rulePack, "\(directory)：规则包目录不存在")
        }
        var found = false
        for kindFolder in RulePackKinds.folders {
            let folder = (directory as NSString).appendingPathComponent(kindFolder)
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let data = fm.contents(atPath: path) else {
                    throw QRLintError(.rulePack, "\(path)：无法读取规则包")
                }
                try packs.add(path: path, folder: kindFolder, contents: String(decoding: data, as: UTF8.self))
                found = true
            }
        }
        packs.index()
        if !found {
            let folders = RulePackKinds.folders.map { "\($0)/*.json" }.joined(separator: "、")
            throw QRLintError(.rulePack, "\(directory)：没有找到规则包（应有 \(folders)）")
        }
        return packs
    }

    private mutating func add(path: String, folder: String, contents: String) throws(QRLintError) {
        guard let index = RulePackKinds.folders.firstIndex(of: folder) else {
            let known = RulePackKinds.folders.joined(separator: "、")
            throw QRLintError(.rulePack, "\(path)：未知的规则包目录“\(folder)”（可用：\(known)）")
        }
        let (id, pack) = try Self.decode(RulePackKinds.all[index], path: path, contents: contents)
        var list = byFolder[folder] ?? []
        list.removeAll { $0.id == id }
        list.append((id, pack))
        list.sort { $0.id < $1.id }
        byFolder[folder] = list
    }

    /// Once all packs are in (per template added, the map was rebuilt from every template so far), and once
    /// for all the files a run lints.
    private mutating func index() {
        numberLexicon = NumberLexicon(packs: self)
        proseMatcher = PhraseMatcher(ProsePhrases.all(self))
        partsByTitle = Self.partsByTitle(templates)
        chapterTitles = []
        for profile in templates {
            for chapter in profile.chapters { chapterTitles.formUnion(chapter.normalized.spellings) }
        }
    }

    /// Untyped throws and the existential kept in here: typed throws around an opened `any RulePackFile`
    /// crashes the 6.3.1 compiler.
    private static func decode(_ kind: any RulePackFile.Type, path: String, contents: String) throws(QRLintError)
        -> (String, any RulePackFile)
    {
        do {
            let pack = try kind.decodePack(path: path, contents: contents)
            return (pack.id, pack)
        } catch let error as QRLintError {
            throw error
        } catch {
            throw QRLintError(.rulePack, "\(path)：\(error)")
        }
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
}

extension RulePacks {
    /// The embedded pack files by path, for the test that keeps them in step with `Rules/`.
    public static var embeddedFiles: [String: String] {
        Dictionary(uniqueKeysWithValues: EmbeddedPacks.files.map { ($0.path, $0.contents) })
    }
}
