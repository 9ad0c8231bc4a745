import QRLintCore

/// Which chapters and sections of a document are which chapters and sections of a template.
public struct ChapterMatching: Sendable {
    public struct Match: Sendable {
        /// Index into `Outline.sections`.
        public var section: Int
        /// Index into `TemplateProfile.chapters` (or into the chapter's `sections`).
        public var templateIndex: Int
        public var kind: TitleMatch
    }

    /// Chapter matches in document order.
    public let chapters: [Match]
    /// For each chapter match (same order), the matches of its sub-sections.
    public let sections: [[Match]]

    public init(outline: Outline, profile: TemplateProfile) {
        let chapters = Self.match(outline.chapters, in: outline, to: profile.chapters.map(\.normalized))
        self.chapters = chapters
        self.sections = chapters.map { match in
            let template = profile.chapters[match.templateIndex]
            let children = outline.sections[match.section].children
            return Self.match(children, in: outline, to: template.sections.map(\.normalized))
        }
    }

    /// Each template entry is taken by the first document section that matches it best.
    private static func match(
        _ candidates: [Int], in outline: Outline, to entries: [NormalizedTitle]
    ) -> [Match] {
        var taken = [Bool](repeating: false, count: entries.count)
        var result: [Match] = []
        // Entries read in place: copying a title (six references) per comparison cost more than comparing.
        entries.withUnsafeBufferPointer { entries in
            outline.sections.withUnsafeBufferPointer { sections in
                for candidate in candidates {
                    // Every entry is taken: the remaining sections (a draft with its report pasted twice) match
                    // nothing.
                    if result.count == entries.count { break }
                    var best: Match?
                    // Read in place: a copied key retained its scalars for every candidate.
                    let title = Outline.Section.titleKey(sections, candidate)
                    for index in entries.indices where !taken[index] {
                        guard let kind = TitleMatch.of(written: title, target: entries.baseAddress! + index)
                        else { continue }
                        if best == nil || kind.rank < best!.kind.rank {
                            best = Match(section: candidate, templateIndex: index, kind: kind)
                        }
                    }
                    if let best {
                        taken[best.templateIndex] = true
                        result.append(best)
                    }
                }
            }
        }
        return result
    }

    public func match(forTemplateChapter index: Int) -> Match? {
        chapters.first { $0.templateIndex == index }
    }
}
