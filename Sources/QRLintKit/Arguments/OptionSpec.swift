/// One row of a command's option table. The same row drives parsing and the `--help` listing, so an option
/// cannot exist in one and be missing from the other.
public struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes: `"format"` is spelled `--format`.
    public let name: String
    /// An optional one-letter alias: `"f"` is spelled `-f`.
    public let short: Character?
    /// The placeholder shown in help (`"FORMAT"`); `nil` makes the option a flag that takes no value.
    public let valueName: String?
    /// Whether the option may be given several times, keeping every value in order.
    /// A non-repeatable option given twice keeps the last value, as most command-line tools do.
    public let repeatable: Bool
    /// The only values accepted, in the order help and errors list them; `nil` accepts any non-empty value.
    public let allowed: [String]?
    /// The value used when the option is not given; shown in help and returned by `ParsedArguments.value`.
    public let defaultValue: String?
    /// A Chinese one-liner for `--help`. Allowed values, the default and "可重复" are appended automatically.
    public let help: String

    public init(
        _ name: String,
        short: Character? = nil,
        valueName: String? = nil,
        repeatable: Bool = false,
        allowed: [String]? = nil,
        defaultValue: String? = nil,
        help: String
    ) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.repeatable = repeatable
        self.allowed = allowed
        self.defaultValue = defaultValue
        self.help = help
    }

    /// True for an option that takes no value (`--strict`).
    public var isFlag: Bool { valueName == nil }
}

/// A word that, given as the first positional argument, selects a subcommand (`qrlint rules`).
public struct SubcommandSpec: Sendable, Hashable {
    /// The word typed on the command line.
    public let name: String
    /// What follows the program name in help, e.g. `"explain RULE"`.
    public let usage: String
    /// A Chinese one-liner for `--help`.
    public let help: String

    public init(_ name: String, usage: String, help: String) {
        self.name = name
        self.usage = usage
        self.help = help
    }
}
