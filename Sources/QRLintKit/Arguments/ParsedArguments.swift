/// The result of parsing a command line against an option table.
public struct ParsedArguments: Sendable, Hashable {
    /// The subcommand word, when the first positional argument named one (`qrlint rules`).
    public var subcommand: String?
    /// Positional arguments in order, without the subcommand word; `-` (standard input) stays as `"-"`.
    public var positionals: [String]
    /// Values the user gave, by long option name; repeatable options keep every value in command-line order.
    public var values: [String: [String]]
    /// Long names of the flags the user gave.
    public var flags: Set<String>
    /// Declared defaults by long option name, so callers do not repeat them.
    public var defaults: [String: String]

    public init(
        subcommand: String? = nil,
        positionals: [String] = [],
        values: [String: [String]] = [:],
        flags: Set<String> = [],
        defaults: [String: String] = [:]
    ) {
        self.subcommand = subcommand
        self.positionals = positionals
        self.values = values
        self.flags = flags
        self.defaults = defaults
    }

    /// The last value given for `name`, else its declared default, else `nil`.
    public func value(_ name: String) -> String? {
        values[name]?.last ?? defaults[name]
    }

    /// Every value given for `name`, in command-line order; empty when not given (defaults are not added).
    public func values(_ name: String) -> [String] {
        values[name] ?? []
    }

    /// Whether the flag `name` was given.
    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// Whether the user gave `name` at all, as a flag or with a value (a default does not count).
    public func isGiven(_ name: String) -> Bool {
        flags.contains(name) || values[name] != nil
    }
}
