import QRLintCore

/// An inline suppression written in the draft:
/// `<!-- qrlint-disable-next-line RULE… -- reason -->`, `<!-- qrlint-disable RULE… -->` … `<!-- qrlint-enable -->`
/// in Markdown; the same words after `qrlint:` on a line of their own in text; a Word comment starting with
/// `qrlint-disable` in `.docx` (it covers the commented text).
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case nextLine = "disable-next-line"
        case region = "disable"
    }

    public var kind: Kind
    /// Rule ids; empty means every rule.
    public var rules: [String]
    public var reason: String?
    /// Where the comment itself is.
    public var span: Span
    /// The source range whose findings it silences.
    public var covers: Span

    public func silences(_ diagnostic: Diagnostic) -> Bool {
        guard rules.isEmpty || rules.contains(diagnostic.ruleID) else { return false }
        return covers.start <= diagnostic.span.start && diagnostic.span.start < max(covers.end, covers.start + 1)
    }
}

/// Reads the suppressions out of a document's comment blocks.
public enum SuppressionParser {
    public static func suppressions(in document: Document) -> [Suppression] {
        var result: [Suppression] = []
        var openRegions: [(index: Int, rules: [String])] = []
        let blocks = document.blocks
        for index in blocks.indices {
            guard case .comment(let comment) = blocks[index], let directive = Directive(comment.text) else { continue }
            switch directive.verb {
            case "disable-next-line":
                let next = blocks[(index + 1)...].first { if case .comment = $0 { false } else { true } }
                let covers = next?.span ?? Span(start: comment.span.end, end: comment.span.end)
                result.append(
                    Suppression(
                        kind: .nextLine, rules: directive.rules, reason: directive.reason, span: comment.span,
                        covers: covers))
            case "disable":
                // A Word comment covers the text it is attached to; a Markdown or text comment opens a region.
                if document.format == .docx {
                    result.append(
                        Suppression(
                            kind: .region, rules: directive.rules, reason: directive.reason, span: comment.span,
                            covers: comment.span))
                } else {
                    result.append(
                        Suppression(
                            kind: .region, rules: directive.rules, reason: directive.reason, span: comment.span,
                            covers: Span(start: comment.span.end, end: document.source.scalars.count)))
                    openRegions.append((result.count - 1, directive.rules))
                }
            case "enable":
                // Closes the regions it names (all open ones when it names none).
                for region in openRegions.reversed()
                where directive.rules.isEmpty || Set(region.rules) == Set(directive.rules)
                    || region.rules.allSatisfy(directive.rules.contains)
                {
                    result[region.index].covers.end = comment.span.start
                }
                openRegions.removeAll { directive.rules.isEmpty || $0.rules.allSatisfy(directive.rules.contains) }
            default:
                continue
            }
        }
        return result
    }

    /// `qrlint-disable-next-line a.b c.d -- 原因`, `qrlint: disable a.b`, `disable-next-line a.b` (the text
    /// reader keeps what follows `qrlint:`).
    struct Directive {
        var verb: String
        var rules: [String]
        var reason: String?

        init?(_ text: String) {
            var body = Substring(text.trimmingSpaces())
            if body.hasPrefix("qrlint-") {
                body = body.dropFirst("qrlint-".count)
            } else if body.hasPrefix("qrlint:") {
                body = body.dropFirst("qrlint:".count).drop { $0 == " " }
            }
            var reason: String?
            if let dashes = body.range(of: "--") {
                reason = String(body[dashes.upperBound...]).trimmingSpaces()
                body = body[..<dashes.lowerBound]
            }
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(
                String.init)
            guard let verb = words.first, ["disable-next-line", "disable", "enable"].contains(verb) else { return nil }
            self.verb = verb
            self.rules = Array(words.dropFirst())
            self.reason = reason?.isEmpty == false ? reason : nil
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
