import Foundation

/// Keeps a run's analyses alive until the process exits, so that a one-shot `qrlint` does not spend the end
/// of its run freeing millions of small arrays the operating system reclaims at once anyway (clang's
/// `-disable-free` does the same). Off by default: only the executable turns it on, so a program that uses
/// the library frees what it is done with. The budget bounds what is held when many files are linted.
public final class ExitRetainer: @unchecked Sendable {
    public static let shared = ExitRetainer()

    private let lock = NSLock()
    private var kept: [Any] = []
    /// Input bytes whose analyses may still be kept; 0 when off.
    private var budget = 0

    /// How many values are held.
    var keptCount: Int { lock.withLock { kept.count } }

    /// Keep analyses of up to `inputBytes` bytes of input (their memory is some 15× that).
    public func enable(inputBytes: Int) {
        lock.withLock { budget = inputBytes }
    }

    /// Holds `value` until exit when the budget allows; otherwise it is freed as usual.
    func keep(_ value: Any, inputBytes: Int) {
        lock.withLock {
            guard inputBytes <= budget else { return }
            budget -= inputBytes
            kept.append(value)
        }
    }

    /// Holds `value` until exit when retaining is on at all (for the run's report, whatever its size).
    func keepIfEnabled(_ value: Any) {
        lock.withLock {
            guard budget > 0 else { return }
            kept.append(value)
        }
    }
}
