// Throughput benchmark: lints a large synthetic report built deterministically from the example drafts,
// through the whole pipeline (decode, read, analyse, check, render), and prints MB/s and findings/s.
// usage: swift run -c release qrlint-bench [--stages] [--file PATH] [MEGABYTES] [RUNS]
//   --stages: time each analysis, rule and renderer on its own instead, slowest first.
//   --file PATH: lint that file instead of the synthetic report (e.g. real reports concatenated).
import Foundation
import QRLintCore
import QRLintKit
import QRLintOutput

var arguments = CommandLine.arguments.dropFirst()
let stages = arguments.first == "--stages"
if stages { arguments = arguments.dropFirst() }
var file: String?
if arguments.first == "--file", arguments.count >= 2 {
    file = arguments.dropFirst().first
    arguments = arguments.dropFirst(2)
}
let megabytes = arguments.first.flatMap(Double.init) ?? 10
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 5

func exampleText(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("qrlint-bench: 找不到 \(path)（请在仓库根目录运行）\n".utf8))
        exit(2)
    }
    return String(decoding: data, as: UTF8.self)
}

/// The example drafts as extracted text: heading marks removed, long paragraphs hard-wrapped every 38
/// characters with a page number now and then, as PDF extraction leaves them.
func extractedText(_ markdown: String) -> String {
    var out = ""
    var page = 1
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        var text = Substring(line)
        while text.first == "#" { text = text.dropFirst() }
        let scalars = Array(text.drop { $0 == " " }.unicodeScalars)
        var start = 0
        while scalars.count - start > 38 {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<(start + 38)])
            out += String(piece) + "\n"
            start += 38
            if start % 152 == 0 {
                out += "\n- \(page) -\n\n"
                page += 1
            }
        }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[start...])
        out += String(rest) + "\n"
    }
    return out
}

/// The drafts one after another, round robin, until the text reaches the requested size.
func concatenated(_ seeds: [String]) -> String {
    let targetBytes = Int(megabytes * 1_000_000)
    var markdown = ""
    var index = 0
    while markdown.utf8.count < targetBytes {
        markdown += seeds[index % seeds.count] + "\n"
        index += 1
    }
    return markdown
}

let clean = exampleText("Examples/clean/xinghe-2025.md")
let markdown = concatenated([clean, exampleText("Examples/flawed/xinghe-2025-draft.md")])
// The clean draft alone shows what a report costs without the flawed draft's thousands of findings.
let inputs: [(name: String, bytes: [UInt8])] =
    if let file {
        [(file, Array(exampleText(file).utf8))]
    } else {
        [
            ("synthetic.md", Array(markdown.utf8)), ("synthetic.txt", Array(extractedText(markdown).utf8)),
            ("synthetic-clean.md", Array(concatenated([clean]).utf8)),
        ]
    }

let linter = try Linter(options: LintOptions())
if stages {
    for input in inputs {
        let times = try StageTimes.report(bytes: input.bytes, name: input.name, packs: linter.packs, runs: runs)
        print("\(input.name):")
        for (stage, seconds) in times.sorted(by: { $0.1 > $1.1 }).prefix(60) {
            print(String(format: "%8.1f ms  %@", seconds * 1000, stage))
        }
    }
    exit(0)
}
for input in inputs {
    var seconds: [Double] = []
    var findings = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let report = try linter.lint(bytes: input.bytes, path: input.name)
        _ = JSONRenderer().renderUTF8(LintReport(files: [report], rules: []))
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        findings = report.diagnostics.count
    }
    seconds.sort()
    let median = seconds[seconds.count / 2]
    let mb = Double(input.bytes.count) / 1_000_000
    print(
        String(
            format: "%@: %.1f MB, median of %d runs %.3f s → %.1f MB/s, %d findings (%.0f findings/s)",
            input.name, mb, runs, median, mb / median, findings, Double(findings) / median))
}
