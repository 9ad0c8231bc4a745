/// Everything `--help` says about a command, with the option and subcommand tables that parsing also reads.
public struct CommandSpec: Sendable, Hashable {
    /// The name used in usage lines and in the hint of an unknown-option error.
    public let programName: String
    /// Usage lines, each printed after the program name (`"[选项] 路径…"`).
    public let usages: [String]
    /// Paragraph lines printed under the usage, already broken to fit a terminal.
    public let description: [String]
    public let options: [OptionSpec]
    public let subcommands: [SubcommandSpec]
    public let exitCodes: [ExitCodeSpec]
    public let examples: [UsageExample]

    public init(
        programName: String,
        usages: [String],
        description: [String],
        options: [OptionSpec],
        subcommands: [SubcommandSpec] = [],
        exitCodes: [ExitCodeSpec] = [],
        examples: [UsageExample] = []
    ) {
        self.programName = programName
        self.usages = usages
        self.description = description
        self.options = options
        self.subcommands = subcommands
        self.exitCodes = exitCodes
        self.examples = examples
    }
}

/// One exit status and what it means, for the help text.
public struct ExitCodeSpec: Sendable, Hashable {
    public let code: Int32
    public let meaning: String

    public init(_ code: Int32, _ meaning: String) {
        self.code = code
        self.meaning = meaning
    }
}

/// A command line shown in help, with a Chinese line saying what it does.
public struct UsageExample: Sendable, Hashable {
    public let command: String
    public let explanation: String

    public init(_ command: String, explanation: String) {
        self.command = command
        self.explanation = explanation
    }
}
