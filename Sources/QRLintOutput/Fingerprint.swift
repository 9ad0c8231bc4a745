import QRLintCore

/// Stable identities of findings for tools that de-duplicate across runs (SARIF `partialFingerprints`,
/// GitLab `fingerprint`): built from the rule, the path and the text of the flagged line — not the line
/// number — so a finding keeps its identity when text above it moves.
enum Fingerprint {
    /// 64-bit FNV-1a as 16 hex digits.
    static func hash(_ parts: [String]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01b3
            }
            value ^= 0x1f
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint per diagnostic of a file; the n-th identical finding gets occurrence n, so two
    /// findings on equal lines stay distinct.
    static func fingerprints(_ file: FileReport, includePath: Bool) -> [String] {
        var seen: [String: Int] = [:]
        return file.diagnostics.map { diagnostic in
            let line = file.source.position(of: diagnostic.span.start).line
            let text = file.source.lineText(line).trimmingWhitespace()
            var parts = [diagnostic.ruleID, text, diagnostic.message]
            if includePath { parts.insert(file.path, at: 0) }
            let base = hash(parts)
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            return occurrence == 0 ? base : hash([base, String(occurrence)])
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.isUnicodeWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isUnicodeWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
