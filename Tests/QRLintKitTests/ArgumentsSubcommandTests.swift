import QRLintCore
import QRLintKit
import Testing

/// The first positional word may select a subcommand; everything else stays a path.
@Suite("Arguments: subcommands")
struct ArgumentsSubcommandTests {
    @Test(arguments: ["rules", "explain", "templates", "version"])
    func everySubcommandWordIsRecognised(_ word: String) throws {
        let args = try QRLintOptions.parse([word])
        #expect(args.subcommand == word)
        #expect(args.positionals.isEmpty)
    }

    @Test func rulesValidateTakesTheRestAsPositionals() throws {
        let args = try QRLintOptions.parse(["rules", "validate", "Rules/自定义"])
        #expect(args.subcommand == "rules")
        #expect(args.positionals == ["validate", "Rules/自定义"])
    }

    @Test func explainTakesARuleId() throws {
        let args = try QRLintOptions.parse(["explain", "structure.missing-part"])
        #expect(args.subcommand == "explain")
        #expect(args.positionals == ["structure.missing-part"])
    }

    @Test func optionsMayComeBeforeOrAfterTheSubcommand() throws {
        let before = try QRLintOptions.parse(["--format", "json", "rules"])
        let after = try QRLintOptions.parse(["rules", "--format", "json"])
        #expect(before.subcommand == "rules")
        #expect(before == after)
    }

    @Test func aFileNamedLikeASubcommandCanStillBeLinted() throws {
        let dotted = try QRLintOptions.parse(["./rules"])
        #expect(dotted.subcommand == nil)
        #expect(dotted.positionals == ["./rules"])

        let afterDoubleDash = try QRLintOptions.parse(["--", "rules"])
        #expect(afterDoubleDash.subcommand == nil)
        #expect(afterDoubleDash.positionals == ["rules"])
    }

    @Test func onlyTheFirstPositionalIsASubcommand() throws {
        let args = try QRLintOptions.parse(["a.md", "rules", "version"])
        #expect(args.subcommand == nil)
        #expect(args.positionals == ["a.md", "rules", "version"])

        let twice = try QRLintOptions.parse(["rules", "rules"])
        #expect(twice.subcommand == "rules")
        #expect(twice.positionals == ["rules"])
    }

    @Test func standardInputIsNotASubcommandSlot() throws {
        let args = try QRLintOptions.parse(["-", "rules"])
        #expect(args.subcommand == nil)
        #expect(args.positionals == ["-", "rules"])
    }

    @Test func subcommandWordsAreCaseSensitive() throws {
        let args = try QRLintOptions.parse(["Rules"])
        #expect(args.subcommand == nil)
        #expect(args.positionals == ["Rules"])
    }
}
