import Foundation
import QRLintCore
import QRLintReaders
import QRLintRules
import Testing

// TEMPORARY (h8): dumps the number analysis of the file in QRLINT_NUMBERS_DUMP. Removed before hand-off.
struct NumbersDebugDump {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["QRLINT_NUMBERS_DUMP"] else { return }
        let data = try #require(FileManager.default.contents(atPath: path))
        let source = SourceText(path: path, text: String(decoding: data, as: UTF8.self))
        let document = path.hasSuffix(".md") ? MarkdownReader.read(source) : PlainTextReader.read(source)
        let context = try LintContext(document: document, packs: try RulePacks.builtIn(), template: nil)
        let n = context.numbers
        var out = "reportYear \(String(describing: n.reportYear))\n"
        func line(_ q: Quantity) -> String {
            let p = source.position(of: q.span.start)
            let m = q.label.measure.map { "=\($0)" } ?? ""
            let qual = q.label.qualifier.isEmpty ? "" : " q:\(q.label.qualifier)"
            let approx = q.approximation.map { " ~\($0.rawValue)" } ?? ""
            return "L\(p.line) [\(q.kind.rawValue)] \(q.text) → \(q.value) \(q.interval)\(approx) label«\(q.label.text)»\(m)\(qual) y:\(q.year.map(String.init) ?? "-")"
        }
        for paragraph in n.paragraphs {
            for q in paragraph.quantities { out += line(q) + "\n" }
        }
        for table in n.tables {
            out += "TABLE block \(table.block) headers \(table.columnHeaders) roles \(table.roles)\n"
            for row in table.cells {
                for cell in row { if case .number(let q) = cell { out += "  " + line(q) + "\n" } }
            }
        }
        func brief(_ q: Quantity) -> String { "\(q.label.text)\(q.text)" }
        for c in n.claims.partSums {
            out += "PARTSUM \(c.cue) total \(brief(c.total)) parts \(c.parts.map(brief)) fam \(c.partition?.family ?? "-") excl \(c.exhaustive) disj \(c.disjoint)\n"
        }
        for c in n.claims.subsets { out += "SUBSET total \(brief(c.total)) part \(c.parts.map(brief))\n" }
        for c in n.claims.shares { out += "SHARE \(c.share.text) part \(brief(c.part)) base \(brief(c.base))\n" }
        for c in n.claims.unresolvedShares { out += "USHARE \(c.share.text) part \(brief(c.part)) base \(c.baseLabel.text)\n" }
        for c in n.claims.complements { out += "COMPL \(c.rest.text) others \(c.others.map(\.text))\n" }
        for c in n.claims.changes { out += "CHANGE \(brief(c.current)) \(c.wording) \(c.change.text)\n" }
        for c in n.claims.enumerations { out += "ENUM \(c.count.text) items \(c.items) open \(c.open)\n" }
        try out.write(toFile: "/tmp/h8/dump.txt", atomically: true, encoding: .utf8)
    }
}
