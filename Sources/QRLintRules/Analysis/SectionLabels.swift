import Foundation

/// Section labels ("2.1 立德树人"), each built the first time it is asked for and kept: only the sections that
/// findings name need one (a tenth to a quarter of a long draft's headings), and building every label with
/// the outline was most of its cost. Shared by the copies of an outline; rules may run on several threads, so
/// a lock guards the slots. The slots are raw memory: a class's array property paid an exclusivity check on
/// every look-up, several times what the look-up did.
final class SectionLabels: @unchecked Sendable {
    private let lock = NSLock()
    private let labels: UnsafeMutableBufferPointer<String?>

    init(count: Int) {
        labels = .allocate(capacity: count)
        labels.initialize(repeating: nil)
    }

    deinit {
        labels.deinitialize()
        labels.deallocate()
    }

    /// Label `index`, made by `make` when it is not kept yet.
    func label(_ index: Int, make: () -> String) -> String {
        precondition(labels.indices.contains(index))
        lock.lock()
        defer { lock.unlock() }
        if let label = labels[index] { return label }
        let label = make()
        labels[index] = label
        return label
    }
}
