import QRLintCore

/// Which template a document follows, and why.
public struct ProfileChoice: Sendable {
    /// nil when the document does not look like a quality report at all.
    public var profile: TemplateProfile?
    /// A Chinese sentence for `--verbose` and JSON: how the profile was chosen.
    public var reason: String
    /// How many of the seven required parts any template recognises among the headings.
    public var partsFound: Int
    /// The chapter matching of `profile` when detection already computed it (it scores every profile by its
    /// matching); nil when the profile was requested or there is none. Saves matching the chosen profile twice.
    public var matching: ChapterMatching? = nil
}

public enum ProfileDetector {
    /// A profile's score for one document.
    struct Score {
        var profile: TemplateProfile
        var matching: ChapterMatching
        var words: [String]
        var wordScore: Int
        var chapters: Int
        var exactChapters: Int
        var exactSections: Int
        var yearMatches: Bool

        /// The cover title says what kind of report it is; the outline decides between profiles it leaves tied.
        var total: Int { wordScore * 100 + exactChapters * 2 + exactSections + (yearMatches ? 1 : 0) }
    }

    /// - Parameter requested: a profile id from `--template` or the config; "auto" or nil detects.
    public static func choose(
        requested: String?, document: Document, outline: Outline, title: ReportTitle, packs: RulePacks
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
        let cover = CoverTitle(document: document, outline: outline)
        let coverText = ComparableText.of(cover.coverText.unicodeScalars)
        var best: Score?
        for profile in packs.templates {
            guard let score = score(profile, coverText: coverText, outline: outline, year: title.year) else { continue }
            if let current = best,
                (score.total, score.profile.detection.priority) <= (current.total, current.profile.detection.priority)
            {
                continue
            }
            best = score
        }
        guard let best else {
            return ProfileChoice(profile: nil, reason: "没有可用的模板", partsFound: parts)
        }
        return ProfileChoice(profile: best.profile, reason: reason(best), partsFound: parts, matching: best.matching)
    }

    /// nil when the profile needs more chapters than the document has of it.
    /// - Parameter coverText: the cover's comparable text (`ComparableText`).
    static func score(_ profile: TemplateProfile, coverText: [Unicode.Scalar], outline: Outline, year: Int?) -> Score? {
        let matching = ChapterMatching(outline: outline, profile: profile)
        guard matching.chapters.count >= profile.detection.minChapters else { return nil }
        // Scalars compared as they are: `String.contains` went through Foundation's locale-aware search. An
        // empty word is found nowhere, as there.
        let words = profile.detection.titleWords.keys.filter { word in
            let key = ComparableText.of(word.unicodeScalars)
            return !key.isEmpty && ScalarRun.contains(coverText, key)
        }.sorted()
        return Score(
            profile: profile, matching: matching, words: words,
            wordScore: words.reduce(0) { $0 + (profile.detection.titleWords[$1] ?? 0) },
            chapters: matching.chapters.count,
            exactChapters: matching.chapters.filter { $0.kind.isExact }.count,
            exactSections: matching.sections.joined().filter { $0.kind.isExact }.count,
            yearMatches: year.map { profile.detection.years.contains($0) } ?? false)
    }

    private static func reason(_ score: Score) -> String {
        var pieces: [String] = []
        let positive = score.words.filter { (score.profile.detection.titleWords[$0] ?? 0) > 0 }
        if positive.isEmpty {
            pieces.append("封面标题未指明报告类型")
        } else {
            pieces.append("封面标题含“\(positive.joined(separator: "”“"))”")
        }
        var chapters = "匹配 \(score.chapters) 个章节"
        if score.exactChapters < score.chapters { chapters += "（\(score.exactChapters) 个标题与模板一致）" }
        if score.exactSections > 0 { chapters += "、\(score.exactSections) 个小节" }
        pieces.append(chapters)
        if score.yearMatches { pieces.append("报告年度与模板相符") }
        if score.profile.legacy { pieces.append("章节是旧大纲的") }
        return "自动识别：" + pieces.joined(separator: "，")
    }

    /// Seven-part chapters found at any heading level, by any template's titles and aliases.
    static func partsFound(outline: Outline, packs: RulePacks) -> Int {
        // `packs.partsByTitle` as bit masks over `TemplateProfile.sevenParts`, keyed without hashing strings.
        var table = TitleTable()
        for profile in packs.templates {
            for chapter in profile.chapters {
                guard let bit = TemplateProfile.sevenParts.firstIndex(of: chapter.part) else { continue }
                for key in chapter.normalized.spellingKeys { table.insert(key, mask: 1 << UInt64(bit)) }
            }
        }
        var found: UInt64 = 0
        // Keys read in place: `for section in outline.sections` copied every section.
        outline.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices { found |= table.mask(Outline.Section.titleKey(sections, index)) }
        }
        return found.nonzeroBitCount
    }
}
