/// The schema of `--format json`, version 1. Keys are sorted and stable; a change that removes or renames a
/// key bumps `version`. Added keys do not.
///
/// Positions: `line` and `endLine` are 1-based (for a `.docx` the paragraph number, counted in document
/// order with table cells included, which `paragraph` repeats); `column` and `endColumn` are 1-based and
/// count Unicode scalars (not UTF-8 bytes or UTF-16 units). The end is exclusive, as in SARIF: `endColumn`
/// is one past the last flagged scalar, so an empty range has `column == endColumn`, and a range that ends
/// with a line break ends at column 1 of the next line.
///
/// ```json
/// { "files": [ { "diagnostics": [ { "column": 5, "endColumn": 9, "endLine": 12, "line": 12,
///       "message": "…", "notes": [], "rule": "structure.missing-part", "section": "5 产教融合",
///       "sectionPath": ["5 产教融合"], "severity": "error", "snippet": "产教融合" } ],
///     "path": "报告.md", "profile": "zhongzhi-2025", "profileReason": "自动识别：……",
///     "summary": { "errors": 1, "infos": 0, "warnings": 0 } } ],
///   "summary": { "errors": 1, "files": 1, "infos": 0, "warnings": 0 }, "tool": "qrlint", "version": 1 }
/// ```
public enum JSONOutput {
    public static let version = 1
    public static let tool = "qrlint"
    /// At most this many scalars of the flagged text go into `snippet`.
    public static let snippetLimit = 80

    public struct Report: Codable, Sendable, Equatable {
        public var version: Int
        public var tool: String
        public var summary: Totals
        /// In input order.
        public var files: [FileEntry]
    }

    /// Counts over every file, by severity.
    public struct Totals: Codable, Sendable, Equatable {
        public var files: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    /// Counts of one file, by severity.
    public struct Counts: Codable, Sendable, Equatable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    public struct FileEntry: Codable, Sendable, Equatable {
        /// As the user gave it; `-` for standard input.
        public var path: String
        /// The template profile used, or `null` (always present) when the input is not a report.
        public var profile: String?
        /// Why that profile (or none) was chosen, in Chinese; `null` when unknown.
        public var profileReason: String?
        public var summary: Counts
        /// Sorted by position, then rule id; every finding, none folded.
        public var diagnostics: [DiagnosticEntry]
        /// The draft's inline suppressions with their reasons and how many findings each silenced.
        public var suppressions: [SuppressionEntry] = []

        enum CodingKeys: String, CodingKey {
            case path, profile, profileReason, summary, diagnostics, suppressions
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            // Spelled out so a missing profile is `"profile": null` rather than an absent key.
            try container.encode(profile, forKey: .profile)
            try container.encode(profileReason, forKey: .profileReason)
            try container.encode(summary, forKey: .summary)
            try container.encode(diagnostics, forKey: .diagnostics)
            try container.encode(suppressions, forKey: .suppressions)
        }
    }

    /// `<!-- qrlint-disable-next-line RULE -- reason -->` and its kin.
    public struct SuppressionEntry: Codable, Sendable, Equatable {
        /// Empty: every rule.
        public var rules: [String]
        /// `null` when the comment gives none.
        public var reason: String?
        public var line: Int
        public var column: Int
        /// How many findings it silenced (0: reported as `suppression.unused` when that rule runs).
        public var silenced: Int

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rules, forKey: .rules)
            try container.encode(reason, forKey: .reason)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(silenced, forKey: .silenced)
        }

        enum CodingKeys: String, CodingKey {
            case rules, reason, line, column, silenced
        }
    }

    public struct DiagnosticEntry: Codable, Sendable, Equatable {
        /// `family.kebab-name`.
        public var rule: String
        /// `error`, `warning` or `info`.
        public var severity: String
        public var message: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        /// Exclusive: one past the last flagged scalar.
        public var endColumn: Int
        /// The section titles joined by ` › ` (`"2 人才培养 › 2.1 立德树人"`); `""` outside any section.
        public var section: String
        /// The enclosing section titles, outermost first.
        public var sectionPath: [String]
        /// The flagged text, cut to its first `snippetLimit` scalars; line breaks kept.
        public var snippet: String
        public var notes: [NoteEntry]
        /// Absent when the finding has no fix.
        public var fix: FixEntry?
        /// Only for `.docx` inputs: the paragraph number, equal to `line`.
        public var paragraph: Int?
        /// Only for `.pdf` inputs: the page `line` is on (1-based).
        public var page: Int?
    }

    /// A related place ("总数在此").
    public struct NoteEntry: Codable, Sendable, Equatable {
        public var message: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        /// Only for `.pdf` inputs: the page `line` is on (1-based).
        public var page: Int?
    }

    /// Replace the text from `line:column` up to (not including) `endLine:endColumn` with `replacement` —
    /// or, the same change in pieces, apply each of `edits`.
    public struct FixEntry: Codable, Sendable, Equatable {
        public var replacement: String
        /// Safe fixes may be applied without review.
        public var safe: Bool
        public var message: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        /// In text order; one for most fixes, one per place for a fix that corrects many places.
        public var edits: [EditEntry]
    }

    /// Replace the text from `line:column` up to (not including) `endLine:endColumn` with `replacement`.
    public struct EditEntry: Codable, Sendable, Equatable {
        public var replacement: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
    }
}
