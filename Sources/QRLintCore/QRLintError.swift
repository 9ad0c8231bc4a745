/// A failure of the tool itself (unreadable input, bad pack, bad usage), never a finding. Exit code 2.
public struct QRLintError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case usage
        case input
        case rulePack
        case output
    }

    public var kind: Kind
    /// A Chinese sentence for the user, naming the file and the place when there is one.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
