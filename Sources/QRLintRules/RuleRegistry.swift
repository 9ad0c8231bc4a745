/// Every rule, sorted by id. A meta test checks that every rule file is listed here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        EmptySection.self,
        MissingPart.self,
        MissingSection.self,
        NotAReport.self,
        HeadingNumbering.self,
        ChapterOrder.self,
        TitleMismatch.self,
        UnusedSuppression.self,
    ]

    public static func rule(_ id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
