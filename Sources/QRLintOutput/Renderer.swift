import QRLintCore

/// Turns a finished report into the text of one output format. Renderers are pure and deterministic: the
/// same report always gives the same bytes (golden tests and CI diffs depend on it).
public protocol Renderer: Sendable {
    func render(_ report: LintReport) -> String
    /// The same text as UTF-8 bytes, for writing out; a renderer that builds bytes gives them as they are.
    func renderUTF8(_ report: LintReport) -> [UInt8]
}

extension Renderer {
    public func renderUTF8(_ report: LintReport) -> [UInt8] { Array(render(report).utf8) }
}

/// The formats `--format` accepts.
public enum OutputFormat: String, CaseIterable, Sendable {
    case human
    case json
    case sarif
    case github
    case checkstyle
    case junit
    case gitlab
    case summary
    case csv

    /// `color` only affects `human`; machine formats never carry escape codes.
    public func renderer(color: Bool = false, toolVersion: String = "0") -> any Renderer {
        switch self {
        case .human: HumanRenderer(color: color)
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer(toolVersion: toolVersion)
        case .github: GitHubRenderer()
        case .checkstyle: CheckstyleRenderer()
        case .junit: JUnitRenderer()
        case .gitlab: GitLabRenderer()
        case .summary: SummaryRenderer(style: .table)
        case .csv: SummaryRenderer(style: .csv)
        }
    }
}
