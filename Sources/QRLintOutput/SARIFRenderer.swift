import Foundation
import QRLintCore

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule that ran in
/// `tool.driver.rules`, one result per finding with its region (columns in Unicode code points, end
/// exclusive), notes as `relatedLocations`, safe and unsafe fixes as `fixes`, and line-independent
/// `partialFingerprints`. Paths are given relative to `%SRCROOT%` as the user wrote them.
public struct SARIFRenderer: Renderer {
    public var toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func render(_ report: LintReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(log(report)), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("SARIF encoding failed: \(error)")
        }
    }

    func log(_ report: LintReport) -> SARIFOutput.Log {
        let rules = report.rules.map(descriptor)
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var results: [SARIFOutput.Result] = []
        for file in report.files {
            let fingerprints = Fingerprint.fingerprints(file, includePath: false)
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                results.append(
                    result(diagnostic, file: file, ruleIndex: ruleIndex[diagnostic.ruleID], fingerprint: fingerprint))
            }
        }
        let driver = SARIFOutput.Driver(
            name: "qrlint", version: toolVersion, informationUri: "https://github.com/qrlint/qrlint", rules: rules)
        return SARIFOutput.Log(runs: [SARIFOutput.Run(tool: .init(driver: driver), results: results)])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private func descriptor(_ rule: RuleDescription) -> SARIFOutput.ReportingDescriptor {
        let name =
            rule.id.split(separator: ".").last.map { part in
                part.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            } ?? rule.id
        return SARIFOutput.ReportingDescriptor(
            id: rule.id, name: name, shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.rationale),
            help: .init(text: "\(rule.summary)\n\n\(rule.rationale)\n\n详见 qrlint explain \(rule.id)"),
            defaultConfiguration: .init(level: Self.level(rule.defaultSeverity)),
            properties: .init(tags: [rule.family]))
    }

    private func result(
        _ diagnostic: Diagnostic, file: FileReport, ruleIndex: Int?, fingerprint: String
    ) -> SARIFOutput.Result {
        let primary = location(diagnostic.span, file: file, withSnippet: true)
        let related = diagnostic.notes.enumerated().map { index, note in
            SARIFOutput.Location(
                id: index + 1, physicalLocation: location(note.span, file: file, withSnippet: false).physicalLocation,
                message: .init(text: note.message))
        }
        let fixes = diagnostic.fix.map { fix in
            [
                SARIFOutput.SARIFFix(
                    description: .init(text: fix.message),
                    artifactChanges: [
                        .init(
                            artifactLocation: artifact(file.path),
                            replacements: fix.edits.map { edit in
                                .init(
                                    deletedRegion: region(edit.span, source: file.source, withSnippet: false),
                                    insertedContent: .init(text: edit.replacement))
                            })
                    ])
            ]
        }
        return SARIFOutput.Result(
            ruleId: diagnostic.ruleID, ruleIndex: ruleIndex, level: Self.level(diagnostic.severity),
            message: .init(text: diagnostic.message), locations: [primary],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: ["qrlintFindingHash/v1": fingerprint], fixes: fixes)
    }

    private func location(_ span: Span, file: FileReport, withSnippet: Bool) -> SARIFOutput.Location {
        SARIFOutput.Location(
            id: nil,
            physicalLocation: .init(
                artifactLocation: artifact(file.path),
                region: region(span, source: file.source, withSnippet: withSnippet)),
            message: nil)
    }

    private func artifact(_ path: String) -> SARIFOutput.ArtifactLocation {
        SARIFOutput.ArtifactLocation(uri: Self.uri(path), uriBaseId: path.hasPrefix("/") ? nil : "%SRCROOT%")
    }

    /// A relative path as a URI reference: percent-encoded outside the unreserved and path characters.
    static func uri(_ path: String) -> String {
        let cleaned = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        let encoded = cleaned.addingPercentEncoding(withAllowedCharacters: allowed) ?? cleaned
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private func region(_ span: Span, source: SourceText, withSnippet: Bool) -> SARIFOutput.Region {
        let start = source.position(of: span.start)
        let end = source.position(of: span.end)
        var snippet: SARIFOutput.Message?
        if withSnippet {
            snippet = .init(text: source.lineText(start.line))
        }
        return SARIFOutput.Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            snippet: snippet,
            properties: source.lineKind.page(ofLine: start.line).map { SARIFOutput.RegionProperties(page: $0) })
    }
}
