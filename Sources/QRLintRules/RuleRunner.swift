import QRLintCore

/// Runs rules over one analysed document and stamps each finding with its rule id, severity and section.
public enum RuleRunner {
    /// - Parameter severities: configured severities by rule id; a rule without one uses its default.
    public static func run(
        _ rules: [any Rule.Type], context: LintContext, severities: [String: Severity] = [:]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = rule.description
            if !description.profiles.isEmpty, let profile = context.profile?.id,
                !description.profiles.contains(profile)
            {
                continue
            }
            let severity = severities[description.id] ?? description.defaultSeverity
            for finding in rule.init().check(context) {
                diagnostics.append(
                    Diagnostic(
                        ruleID: description.id, severity: severity, message: finding.message, span: finding.span,
                        notes: finding.notes, fix: finding.fix,
                        sectionPath: context.outline.sectionPath(at: finding.span.start, in: context.document)))
            }
        }
        return diagnostics.sorted {
            ($0.span.start, $0.span.end, $0.ruleID, $0.message) < ($1.span.start, $1.span.end, $1.ruleID, $1.message)
        }
    }
}
