import QRLintCore

/// Runs rules over one analysed document and stamps each finding with its rule id, severity and section.
public enum RuleRunner {
    private static func stamp(
        _ finding: Finding, _ description: RuleDescription, severity: Severity, paths: inout SectionPaths
    ) -> Diagnostic {
        Diagnostic(
            ruleID: description.id, severity: severity, message: finding.message, span: finding.span,
            notes: finding.notes, fix: finding.fix, sectionPath: paths.path(at: finding.span.start))
    }

    /// Drops the findings inline suppressions silence; reports the suppressions that silenced nothing when
    /// `suppression.unused` runs and every rule they name ran too.
    private static func applySuppressions(
        _ diagnostics: [Diagnostic], suppressions: [Suppression], rules: [any Rule.Type],
        severities: [String: Severity], paths: inout SectionPaths
    ) -> ([Diagnostic], [SuppressionRecord]) {
        guard !suppressions.isEmpty else { return (diagnostics, []) }
        var silencedCount = Array(repeating: 0, count: suppressions.count)
        let kept = diagnostics.filter { diagnostic in
            var silenced = false
            for (index, suppression) in suppressions.enumerated() where suppression.silences(diagnostic) {
                silencedCount[index] += 1
                silenced = true
            }
            return !silenced
        }
        let records = suppressions.enumerated().map { index, suppression in
            SuppressionRecord(
                rules: suppression.rules, reason: suppression.reason, span: suppression.span,
                silenced: silencedCount[index])
        }
        let ran = Set(rules.map { $0.description.id })
        guard ran.contains(UnusedSuppression.description.id) else { return (kept, records) }
        var unused: [Diagnostic] = []
        for (index, suppression) in suppressions.enumerated() where silencedCount[index] == 0 {
            guard suppression.rules.allSatisfy(ran.contains) else { continue }
            let description = UnusedSuppression.description
            unused.append(
                stamp(
                    UnusedSuppression.finding(suppression), description,
                    severity: severities[description.id] ?? description.defaultSeverity, paths: &paths))
        }
        return (kept + unused, records)
    }

    /// - Parameter severities: configured severities by rule id; a rule without one uses its default.
    public static func run(
        _ rules: [any Rule.Type], context: LintContext, severities: [String: Severity] = [:]
    ) -> [Diagnostic] {
        runReportingSuppressions(rules, context: context, severities: severities).diagnostics
    }

    /// `run`, and the draft's inline suppressions with how many findings each silenced.
    public static func runReportingSuppressions(
        _ rules: [any Rule.Type], context: LintContext, severities: [String: Severity] = [:]
    ) -> (diagnostics: [Diagnostic], suppressions: [SuppressionRecord]) {
        var diagnostics: [Diagnostic] = []
        var paths = SectionPaths(outline: context.outline)
        for rule in rules {
            let description = rule.description
            if !description.profiles.isEmpty, let profile = context.profile?.id,
                !description.profiles.contains(profile)
            {
                continue
            }
            let severity = severities[description.id] ?? description.defaultSeverity
            for finding in rule.init().check(context) {
                diagnostics.append(stamp(finding, description, severity: severity, paths: &paths))
            }
        }
        let suppressions = SuppressionParser.suppressions(in: context.document)
        var records: [SuppressionRecord] = []
        (diagnostics, records) = applySuppressions(
            diagnostics, suppressions: suppressions, rules: rules, severities: severities, paths: &paths)
        DiagnosticOrder.sort(&diagnostics)
        return (diagnostics, records)
    }
}
