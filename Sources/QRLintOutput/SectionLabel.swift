import QRLintCore

extension Diagnostic {
    /// The section path as one label, `2 人才培养 › 2.1 立德树人`; empty outside any section. Human output
    /// prints it after `位置：`, JSON carries it as `section`.
    var sectionLabel: String {
        sectionPath.joined(separator: " › ")
    }
}
