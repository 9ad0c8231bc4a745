import QRLintCore
import QRLintKit
import Testing

/// Accepted syntax of the option table: every way of spelling an option, flags, repeatable options, `--`, `-`.
@Suite("Arguments: parsing")
struct ArgumentsParsingTests {
    private func parse(_ argv: [String]) throws -> ParsedArguments {
        try QRLintOptions.parse(argv)
    }

    @Test func emptyCommandLineHasNothingButDefaults() throws {
        let args = try parse([])
        #expect(args.subcommand == nil)
        #expect(args.positionals.isEmpty)
        #expect(args.values.isEmpty)
        #expect(args.flags.isEmpty)
        #expect(args.value("format") == "human")
        #expect(args.value("template") == "auto")
        #expect(args.value("color") == "auto")
        #expect(args.value("output") == nil)
        #expect(!args.isGiven("format"))
    }

    @Test(arguments: [
        ["--format", "json"],
        ["--format=json"],
        ["-f", "json"],
        ["-f=json"],
    ])
    func everySpellingOfAValue(_ argv: [String]) throws {
        let args = try parse(argv + ["报告.md"])
        #expect(args.value("format") == "json")
        #expect(args.isGiven("format"))
        #expect(args.positionals == ["报告.md"])
    }

    @Test func freeFormValuesKeepTheirText() throws {
        let args = try parse(["--template", "中职-2025", "--output=结果/重庆市星河职业技术学校.json", "a.md"])
        #expect(args.value("template") == "中职-2025")
        #expect(args.value("output") == "结果/重庆市星河职业技术学校.json")
    }

    @Test func inlineValueMayContainEqualsAndStartWithDash() throws {
        let args = try parse(["--severity=numbers.part-sum=warning", "--output=-draft.json"])
        #expect(args.values("severity") == ["numbers.part-sum=warning"])
        #expect(args.value("output") == "-draft.json")
    }

    @Test func dashIsAcceptedAsAValue() throws {
        let args = try parse(["--output", "-", "a.md"])
        #expect(args.value("output") == "-")
        #expect(args.positionals == ["a.md"])
    }

    @Test func flags() throws {
        let args = try parse(["--strict", "a.md", "--quiet", "-h", "--dump-outline"])
        #expect(args.flag("strict"))
        #expect(args.flag("quiet"))
        #expect(args.flag("help"))
        #expect(args.flag("dump-outline"))
        #expect(!args.flag("dump"))
        #expect(!args.flag("verbose"))
        #expect(args.flags == ["strict", "quiet", "help", "dump-outline"])
        #expect(args.positionals == ["a.md"])
    }

    @Test func flagGivenTwiceIsStillOneFlag() throws {
        let args = try parse(["--verbose", "--verbose"])
        #expect(args.flags == ["verbose"])
    }

    @Test func repeatableOptionsKeepOrder() throws {
        let args = try parse([
            "--disable", "text.half-width-punctuation", "--rules", "packs/b", "--disable=dates.report-year",
            "--rules=packs/a", "--only", "numbers.part-sum", "--disable", "text.half-width-punctuation",
            "--severity", "numbers.share=info", "--severity", "terms.outdated=error",
        ])
        #expect(
            args.values("disable") == [
                "text.half-width-punctuation", "dates.report-year", "text.half-width-punctuation",
            ])
        #expect(args.values("rules") == ["packs/b", "packs/a"])
        #expect(args.values("only") == ["numbers.part-sum"])
        #expect(args.values("severity") == ["numbers.share=info", "terms.outdated=error"])
        #expect(args.value("rules") == "packs/a")
    }

    @Test func nonRepeatableOptionGivenTwiceKeepsTheLast() throws {
        let args = try parse(["--format", "json", "--format=human"])
        #expect(args.values("format") == ["human"])
        #expect(args.value("format") == "human")
    }

    @Test func notGivenRepeatableIsEmpty() throws {
        #expect(try parse(["a.md"]).values("rules").isEmpty)
    }

    @Test func optionsAndPositionalsInterleave() throws {
        let args = try parse(["a.md", "--format", "json", "b.docx", "--strict", "目录/"])
        #expect(args.positionals == ["a.md", "b.docx", "目录/"])
        #expect(args.value("format") == "json")
        #expect(args.flag("strict"))
    }

    @Test func singleDashIsAPositionalMeaningStandardInput() throws {
        let args = try parse(["--format", "json", "-", "a.md"])
        #expect(args.positionals == ["-", "a.md"])
    }

    @Test func doubleDashEndsOptions() throws {
        let args = try parse(["--strict", "--", "--format", "-h", "-", "--", "rules"])
        #expect(args.flags == ["strict"])
        #expect(args.values.isEmpty)
        #expect(args.positionals == ["--format", "-h", "-", "--", "rules"])
        #expect(args.subcommand == nil)
    }

    @Test func doubleDashAtTheEndIsHarmless() throws {
        let args = try parse(["a.md", "--"])
        #expect(args.positionals == ["a.md"])
    }

    @Test func valueMayLookLikeASubcommand() throws {
        let args = try parse(["--template", "rules", "a.md"])
        #expect(args.subcommand == nil)
        #expect(args.value("template") == "rules")
        #expect(args.positionals == ["a.md"])
    }

    @Test func aSmallTableOfItsOwn() throws {
        let options = [
            OptionSpec("name", short: "n", valueName: "NAME", help: "名称"),
            OptionSpec("loud", help: "大声"),
        ]
        let args = try ArgumentParser.parse(["-n", "星河", "--loud", "x"], options: options)
        #expect(args == ParsedArguments(positionals: ["x"], values: ["name": ["星河"]], flags: ["loud"]))
    }
}
