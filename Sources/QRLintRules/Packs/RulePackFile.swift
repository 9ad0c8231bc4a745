import QRLintCore

/// A kind of rule pack: JSON files in one folder of `Rules/` (or of a `--rules DIR`), each decoding to one
/// value. A file whose `id` equals an earlier one's replaces it, so a user pack overrides a built-in one.
public protocol RulePackFile: Decodable, Sendable {
    /// The folder below the pack root, e.g. "templates" or "lexicon/placeholders".
    static var folder: String { get }
    var id: String { get }
}

extension RulePackFile {
    /// Decodes one file of this kind (a static entry point, so a kind held as `any RulePackFile.Type` can
    /// decode without opening the existential at the call site).
    static func decodePack(path: String, contents: String) throws -> any RulePackFile {
        try PackDecoder.decode(Self.self, path: path, contents: contents)
    }
}

/// Every kind of pack qrlint reads. A new kind is a new type and one line here.
public enum RulePackKinds {
    public static let all: [any RulePackFile.Type] = [
        TemplateProfile.self,
        PlaceholderLexicon.self,
        FormulationLexicon.self,
        FixedTermLexicon.self,
        MeasurePack.self,
        FormulaPack.self,
        PartitionFamily.self,
    ]

    /// `all[i].folder`, in the same order.
    public static let folders: [String] = all.map { $0.folder }
}

extension TemplateProfile: RulePackFile {
    public static let folder = "templates"
}
