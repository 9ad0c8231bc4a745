import QRLintCore

/// A small hand-made parser driven by an `OptionSpec` table (the project takes no packages, so no
/// swift-argument-parser). Accepts `--name value`, `--name=value`, `-f value`, `-f=value`, flags, repeatable
/// options, `--` to end options, and `-` as a positional (standard input).
public enum ArgumentParser {
    /// Parses `argv` (without the program name) against the command's tables.
    public static func parse(_ argv: [String], command: CommandSpec) throws(QRLintError) -> ParsedArguments {
        try parse(argv, options: command.options, subcommands: command.subcommands, programName: command.programName)
    }

    /// Parses `argv` (without the program name). The first positional argument selects a subcommand when it is
    /// one of `subcommands`' names and comes before `--`; `./rules` or `-- rules` stay file paths.
    public static func parse(
        _ argv: [String],
        options: [OptionSpec],
        subcommands: [SubcommandSpec] = [],
        programName: String = "qrlint"
    ) throws(QRLintError) -> ParsedArguments {
        var state = ParseState(options: options, subcommands: subcommands, programName: programName)
        var index = argv.startIndex
        while index < argv.endIndex {
            let argument = argv[index]
            index += 1
            if state.optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                state.addPositional(argument)
                continue
            }
            if argument == "--" {
                state.optionsEnded = true
                continue
            }
            let (spec, spelled, inlineValue) = try state.lookUp(argument)
            guard let valueName = spec.valueName else {
                if let inlineValue { throw UsageMessage.flagWithValue(spelled, value: inlineValue) }
                state.result.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                // A following option is never swallowed as a value: `--output --quiet` is a mistake.
                let next = index < argv.endIndex ? argv[index] : nil
                guard let next, next == "-" || !next.hasPrefix("-") else {
                    throw UsageMessage.missingValue(spelled, valueName: valueName, nextLooksLikeOption: next != nil)
                }
                value = next
                index += 1
            }
            try state.addValue(value, for: spec, spelled: spelled)
        }
        return state.result
    }
}

/// What one parse has seen so far, and the lookups built from the tables.
private struct ParseState {
    let longOptions: [String: OptionSpec]
    let shortOptions: [Character: OptionSpec]
    let optionNames: [String]
    let subcommandNames: Set<String>
    let programName: String
    var optionsEnded = false
    var result: ParsedArguments

    init(options: [OptionSpec], subcommands: [SubcommandSpec], programName: String) {
        longOptions = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        shortOptions = Dictionary(
            options.compactMap { spec in spec.short.map { ($0, spec) } }, uniquingKeysWith: { first, _ in first })
        optionNames = options.map(\.name)
        subcommandNames = Set(subcommands.map(\.name))
        self.programName = programName
        var defaults: [String: String] = [:]
        for option in options {
            if let defaultValue = option.defaultValue { defaults[option.name] = defaultValue }
        }
        result = ParsedArguments(defaults: defaults)
    }

    /// Finds the spec for `--name[=value]` or `-n[=value]`, returning the name as spelled for messages.
    func lookUp(_ argument: String) throws(QRLintError) -> (OptionSpec, spelled: String, inlineValue: String?) {
        let isLong = argument.hasPrefix("--")
        let body = argument.dropFirst(isLong ? 2 : 1)
        let name: Substring
        let inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            name = body[..<equals]
            inlineValue = String(body[body.index(after: equals)...])
        } else {
            name = body
            inlineValue = nil
        }
        let spelled = (isLong ? "--" : "-") + name
        let spec: OptionSpec?
        if isLong {
            spec = longOptions[String(name)]
        } else {
            spec = name.count == 1 ? shortOptions[name.first!] : nil
        }
        guard let spec else {
            // `-format` is usually `--format` with a dash missing, so both spellings get the same suggestion.
            // A single letter is within two edits of every three-letter name (-x → --fix): suggest nothing then.
            let suggestion = name.count > 1 ? Suggestion.closest(to: String(name), among: optionNames) : nil
            throw UsageMessage.unknownOption(spelled, suggestion: suggestion, programName: programName)
        }
        return (spec, spelled, inlineValue)
    }

    mutating func addValue(_ value: String, for spec: OptionSpec, spelled: String) throws(QRLintError) {
        guard !value.isEmpty else {
            throw UsageMessage.emptyValue(spelled, valueName: spec.valueName ?? "")
        }
        if let allowed = spec.allowed, !allowed.contains(value) {
            throw UsageMessage.valueNotAllowed(spelled, value: value, allowed: allowed)
        }
        if spec.repeatable {
            result.values[spec.name, default: []].append(value)
        } else {
            result.values[spec.name] = [value]
        }
    }

    mutating func addPositional(_ argument: String) {
        let isFirstPositional = result.subcommand == nil && result.positionals.isEmpty
        if isFirstPositional, !optionsEnded, subcommandNames.contains(argument) {
            result.subcommand = argument
        } else {
            result.positionals.append(argument)
        }
    }
}
