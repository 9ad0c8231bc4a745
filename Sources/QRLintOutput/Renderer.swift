import QRLintCore

/// Turns a finished report into the text of one output format. Renderers are pure and deterministic: the
/// same report always gives the same bytes (golden tests and CI diffs depend on it).
public protocol Renderer: Sendable {
    func render(_ report: LintReport) -> String
}

/// The formats `--format` accepts.
public enum OutputFormat: String, CaseIterable, Sendable {
    case human
    case json

    /// `color` only affects `human`; machine formats never carry escape codes.
    public func renderer(color: Bool = false) -> any Renderer {
        switch self {
        case .human: HumanRenderer(color: color)
        case .json: JSONRenderer()
        }
    }
}
