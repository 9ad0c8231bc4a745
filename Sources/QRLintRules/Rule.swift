import QRLintCore

/// A check. It says what is wrong and where; the engine decides severity and output.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: LintContext) -> [Finding]
}

/// What a rule reports, before the engine stamps rule id, severity and section path.
public struct Finding: Sendable, Hashable {
    public var message: String
    public var span: Span
    public var notes: [Note]
    public var fix: Optional<Fix>  // spelled out: see `Heading.number`

    public init(message: String, span: Span, notes: [Note] = [], fix: Fix? = nil) {
        self.message = message
        self.span = span
        self.notes = notes
        self.fix = fix
    }
}

/// Everything a rule may read, analysed once per document.
public struct LintContext: Sendable {
    public let document: Document
    public let outline: Outline
    public let title: ReportTitle
    public let choice: ProfileChoice
    /// The chapter matching for the chosen profile (empty when there is none).
    public let matching: ChapterMatching?
    public let packs: RulePacks
    /// Running text scanned once for the writing-norm rules (text.*, terms.*, dates.*).
    public let prose: ProseScan
    /// Quantities, claims and facts for the number-consistency rules (numbers.*), computed once.
    public let numbers: NumberAnalysis
    /// The captions (图/表/案例 N) and where the appendix starts, for the reference and case rules.
    public let captions: CaptionIndex
    /// The number checks' results, shared by the `numbers.*` rules that report them.
    let numberChecks: NumberCheckResults

    /// Rule id → option name → value, from the configuration.
    public let ruleOptions: [String: [String: Int]]

    public var profile: TemplateProfile? { choice.profile }

    /// A configured rule option (`RuleDescription.options`), or nil.
    public func option(_ rule: String, _ name: String) -> Int? { ruleOptions[rule]?[name] }

    /// - Parameter reportYear: the reporting year from the configuration, used when the title does not say it.
    /// - Parameter ruleOptions: rule id → option name → value, from the configuration.
    public init(
        document: Document, packs: RulePacks, template: String?, reportYear: Int? = nil,
        ruleOptions: [String: [String: Int]] = [:]
    ) throws(QRLintError) {
        self.ruleOptions = ruleOptions
        self.document = document
        self.packs = packs
        let outline = Outline(document: document, knownTitles: packs.chapterTitles)
        self.outline = outline
        var title = ReportTitle(document: document, outline: outline)
        if title.year == nil, let reportYear { title.year = reportYear }
        self.title = title
        let choice = try ProfileDetector.choose(
            requested: template, document: document, outline: outline, title: title, packs: packs)
        self.choice = choice
        self.matching = choice.matching ?? choice.profile.map { ChapterMatching(outline: outline, profile: $0) }
        self.prose = ProseScan(document: document, matcher: packs.proseMatcher)
        let numbers = NumberAnalysis(document: document, packs: packs, reportYear: title.year, title: title.text)
        self.numbers = numbers
        self.numberChecks = NumberCheckResults(
            numbers: numbers, formulas: packs.all(FormulaPack.self).flatMap(\.formulas))
        self.captions = CaptionIndex(document: document, outline: outline, prose: prose)
    }

    /// The heading of an outline section.
    public func heading(_ section: Int) -> Heading { outline.sections[section].heading }
}
