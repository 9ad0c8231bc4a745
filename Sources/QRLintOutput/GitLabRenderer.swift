import Foundation
import QRLintCore

/// GitLab Code Quality report (a JSON array of issues with unique fingerprints).
public struct GitLabRenderer: Renderer {
    public init() {}

    struct Issue: Encodable {
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
        var end: Int
    }

    public func render(_ report: LintReport) -> String {
        var issues: [Issue] = []
        for file in report.files {
            for (d, fingerprint) in zip(file.diagnostics, Fingerprint.fingerprints(file, includePath: true)) {
                let start = file.source.position(of: d.span.start)
                let end = file.source.position(of: max(d.span.start, d.span.end - 1))
                let severity =
                    switch d.severity {
                    case .error: "critical"
                    case .warning: "minor"
                    case .info: "info"
                    }
                issues.append(
                    Issue(
                        description: d.message, check_name: d.ruleID, fingerprint: fingerprint, severity: severity,
                        location: Location(path: file.path, lines: Lines(begin: start.line, end: end.line))))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(issues), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("GitLab report encoding failed: \(error)")
        }
    }
}
