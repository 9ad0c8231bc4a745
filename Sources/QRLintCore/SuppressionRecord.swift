/// An inline suppression found in a draft, and how many findings it silenced — kept so that reviewers can
/// see in JSON what was silenced and why.
public struct SuppressionRecord: Sendable, Hashable {
    /// Rule ids; empty means every rule.
    public var rules: [String]
    /// The words after `--` in the comment.
    public var reason: String?
    /// Where the comment is.
    public var span: Span
    public var silenced: Int

    public init(rules: [String], reason: String?, span: Span, silenced: Int) {
        self.rules = rules
        self.reason = reason
        self.span = span
        self.silenced = silenced
    }
}
