import QRLintCore
import QRLintKit
import Testing

/// Every usage mistake is a `QRLintError` of kind `.usage` with a Chinese message naming the option as typed.
@Suite("Arguments: usage errors")
struct ArgumentsErrorTests {
    /// The error `argv` raises; records an issue when it parses.
    private func usageError(
        _ argv: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) -> QRLintError? {
        do {
            let args = try QRLintOptions.parse(argv)
            Issue.record("解析成功，未报错：\(args)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.kind == .usage, sourceLocation: sourceLocation)
            return error
        }
    }

    @Test func unknownLongOption() {
        #expect(usageError(["--xyz", "a.md"])?.message == "未知选项 --xyz（可用 qrlint --help 查看全部选项）")
    }

    @Test(arguments: [
        (["--fromat", "json"], "--fromat", "format"),
        (["--formt=json"], "--formt", "format"),
        (["--Format", "json"], "--Format", "format"),
        (["-format", "json"], "-format", "format"),
        (["--stict"], "--stict", "strict"),
        (["--colour", "never"], "--colour", "color"),
        (["--dump-outlin"], "--dump-outlin", "dump-outline"),
        (["--disabel", "x"], "--disabel", "disable"),
        (["--verbos"], "--verbos", "verbose"),
    ])
    func unknownOptionSuggestsTheNearestName(argv: [String], spelled: String, suggestion: String) {
        #expect(
            usageError(argv)?.message
                == "未知选项 \(spelled)（可用 qrlint --help 查看全部选项）。你是不是想用 --\(suggestion)？")
    }

    @Test func farFromEveryNameGetsNoSuggestion() {
        let message = usageError(["--recursive"])?.message
        #expect(message == "未知选项 --recursive（可用 qrlint --help 查看全部选项）")
    }

    @Test func unknownShortOption() {
        #expect(usageError(["-x"])?.message == "未知选项 -x（可用 qrlint --help 查看全部选项）")
    }

    @Test func shortOptionsDoNotCluster() {
        #expect(usageError(["-hq"])?.message == "未知选项 -hq（可用 qrlint --help 查看全部选项）")
    }

    @Test func unknownOptionAfterASubcommandIsStillAnError() {
        #expect(usageError(["rules", "--bogus"])?.message == "未知选项 --bogus（可用 qrlint --help 查看全部选项）")
    }

    @Test func missingValueAtTheEnd() {
        #expect(usageError(["a.md", "--format"])?.message == "选项 --format 缺少值 FORMAT")
        #expect(usageError(["-o"])?.message == "选项 -o 缺少值 FILE")
        #expect(usageError(["--rules"])?.message == "选项 --rules 缺少值 DIR")
    }

    @Test func optionIsNotSwallowedAsAValue() {
        #expect(
            usageError(["--output", "--quiet", "a.md"])?.message
                == "选项 --output 缺少值 FILE（值以 - 开头时请写成 --output=值）")
        #expect(
            usageError(["--template", "--", "a.md"])?.message
                == "选项 --template 缺少值 ID（值以 - 开头时请写成 --template=值）")
    }

    @Test func emptyValue() {
        #expect(usageError(["--output="])?.message == "选项 --output 的值 FILE 不能为空")
        #expect(usageError(["--disable", ""])?.message == "选项 --disable 的值 RULE 不能为空")
    }

    @Test func valueNotAllowedListsTheAllowedValues() {
        #expect(
            usageError(["--format", "xml"])?.message
                == "选项 --format 不支持值 xml，可用的值：human、json、sarif、github、checkstyle、junit、gitlab、summary、csv")
        #expect(
            usageError(["--color=sometimes"])?.message
                == "选项 --color 不支持值 sometimes，可用的值：auto、always、never")
    }

    @Test func valueNotAllowedSuggestsANearValue() {
        #expect(
            usageError(["-f", "JSON"])?.message
                == "选项 -f 不支持值 JSON，可用的值：human、json、sarif、github、checkstyle、junit、gitlab、summary、csv。你是不是想用 json？")
        #expect(
            usageError(["--color", "nevr"])?.message
                == "选项 --color 不支持值 nevr，可用的值：auto、always、never。你是不是想用 never？")
    }

    @Test func flagGivenAValue() {
        #expect(usageError(["--strict=yes"])?.message == "选项 --strict 是开关，不接受值（收到 --strict=yes）")
        #expect(usageError(["-h=1"])?.message == "选项 -h 是开关，不接受值（收到 -h=1）")
        #expect(usageError(["--quiet="])?.message == "选项 --quiet 是开关，不接受值（收到 --quiet=）")
    }

    @Test func programNameInTheHintComesFromTheCommand() {
        #expect(throws: QRLintError(.usage, "未知选项 --x（可用 demo --help 查看全部选项）")) {
            try ArgumentParser.parse(["--x"], options: [], programName: "demo")
        }
    }
}

@Suite("Arguments: suggestions")
struct ArgumentsSuggestionTests {
    @Test(arguments: [
        ("format", "format", 0),
        ("fromat", "format", 1),
        ("formt", "format", 1),
        ("formatt", "format", 1),
        ("", "json", 4),
        ("规则", "规划", 1),
        ("kitten", "sitting", 3),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
        #expect(Suggestion.editDistance(b, a) == distance)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(Suggestion.closest(to: "dum", among: ["dump", "dumb"]) == "dump")
        #expect(Suggestion.closest(to: "dum", among: ["dumb", "dump"]) == "dumb")
    }

    @Test func aCloserCandidateWinsOverAnEarlierOne() {
        #expect(Suggestion.closest(to: "dump-outlin", among: ["dump", "dump-outline"]) == "dump-outline")
    }

    @Test func shortCandidatesAreNotSuggestedForUnrelatedWords() {
        #expect(Suggestion.closest(to: "x", among: ["o", "f"]) == nil)
        #expect(Suggestion.closest(to: "abc", among: ["xyz"]) == nil)
    }
}
