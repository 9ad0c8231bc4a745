import QRLintCore

/// Which template a document follows, and why.
public struct ProfileChoice: Sendable {
    /// nil when the document does not look like a quality report at all.
    public var profile: TemplateProfile?
    /// A Chinese sentence for `--verbose` and JSON: how the profile was chosen.
    public var reason: String
    /// How many of the seven required parts any template recognises among the headings.
    public var partsFound: Int
}

public enum ProfileDetector {
    /// - Parameter requested: a profile id from `--template` or the config; "auto" or nil detects.
    public static func choose(
        requested: String?, outline: Outline, title: ReportTitle, packs: RulePacks
    ) throws(QRLintError) -> ProfileChoice {
        let parts = partsFound(outline: outline, packs: packs)
        if let requested, requested != "auto" {
            guard let profile = packs.template(requested) else {
                let known = packs.templates.map(\.id).joined(separator: "、")
                throw QRLintError(.usage, "未知的模板“\(requested)”（可用：\(known)，或 auto）")
            }
            return ProfileChoice(profile: profile, reason: "由 --template 指定", partsFound: parts)
        }
        if parts < 3 && !title.namesReport {
            return ProfileChoice(
                profile: nil, reason: "标题不是质量年度报告，且只找到 \(parts) 个必备部分", partsFound: parts)
        }
        var best: (profile: TemplateProfile, score: Int, words: [String], chapters: Int)?
        for profile in packs.templates {
            let words = profile.detection.titleWords.keys.filter { title.text.contains($0) }.sorted()
            let wordScore = words.reduce(0) { $0 + (profile.detection.titleWords[$1] ?? 0) }
            let matching = ChapterMatching(outline: outline, profile: profile)
            let chapterScore = matching.chapters.filter { $0.kind.isExact }.count * 2
            let sectionScore = matching.sections.joined().filter { $0.kind.isExact }.count
            let yearScore = title.year.map { profile.detection.years.contains($0) ? 1 : 0 } ?? 0
            // The title says what kind of report it is; the outline only decides between profiles it leaves tied.
            let score = wordScore * 100 + chapterScore + sectionScore + yearScore
            if best == nil || score > best!.score {
                best = (profile, score, words, matching.chapters.count)
            }
        }
        guard let best else {
            return ProfileChoice(profile: nil, reason: "没有可用的模板", partsFound: parts)
        }
        let words = best.words.isEmpty ? "" : "标题含“\(best.words.joined(separator: "”“"))”，"
        let reason = "自动识别：\(words)匹配 \(best.chapters) 个章节"
        return ProfileChoice(profile: best.profile, reason: reason, partsFound: parts)
    }

    /// Seven-part chapters found at any heading level, by any template's titles and aliases.
    static func partsFound(outline: Outline, packs: RulePacks) -> Int {
        var found = Set<String>()
        for section in outline.sections {
            if let parts = packs.partsByTitle[section.normalizedTitle] { found.formUnion(parts) }
        }
        return found.count
    }
}
