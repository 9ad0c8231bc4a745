import Foundation

/// Section labels ("2.1 立德树人"), each built the first time it is asked for and kept: only the sections that
/// findings name need one (a tenth to a quarter of a long draft's headings), and building every label with
/// the outline was most of its cost. Shared by the copies of an outline; a lock keeps it `Sendable`.
final class SectionLabels: @unchecked Sendable {
    private let lock = NSLock()
    private var labels: [String?]

    init(count: Int) { labels = [String?](repeating: nil, count: count) }

    /// Label `index`, made by `make` when it is not kept yet.
    func label(_ index: Int, make: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let label = labels[index] { return label }
        let label = make()
        labels[index] = label
        return label
    }
}
