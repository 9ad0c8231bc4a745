/// The pages of text extracted from a PDF: `pdftotext` ends every page with a form feed (0x0C), which the
/// reader removes before reading the text; the map keeps what they said, so a finding can be named by its
/// page (`report.pdf:p12:3:5`) while lines stay the lines of the whole extracted text.
public struct PageMap: Sendable, Hashable, Codable {
    /// The 1-based line of the whole text each page starts on, page 1 first. A blank page starts on the
    /// same line as the page after it, so it never owns a line but still counts.
    public let firstLines: [Int]

    public init(firstLines: [Int]) {
        self.firstLines = firstLines.isEmpty ? [1] : firstLines
    }

    /// Reads the form feeds of extracted text, before they are removed (they are not line breaks, so
    /// removing them keeps every line). A form feed ends a page; the next page starts on the line where
    /// the text after it starts. Form feeds at the very end (pdftotext ends the last page with one too)
    /// open no page.
    public init(formFeedsIn bytes: some Sequence<UInt8>) {
        var firstLines = [1]
        var line = 1
        // Whether the current line has text before the form feeds: then the page boundary falls inside
        // it, and the line is named by the page it starts on.
        var lineHasText = false
        var pendingFeeds = 0
        for byte in bytes {
            if byte == 0x0C {
                pendingFeeds += 1
                continue
            }
            if pendingFeeds > 0 {
                firstLines += repeatElement(lineHasText ? line + 1 : line, count: pendingFeeds)
                pendingFeeds = 0
            }
            if byte == 0x0A {
                line += 1
                lineHasText = false
            } else {
                lineHasText = true
            }
        }
        self.firstLines = firstLines
    }

    public var pageCount: Int { firstLines.count }

    /// The 1-based page of a 1-based line of the whole text, and the line's 1-based number within it.
    public func location(ofLine line: Int) -> (page: Int, line: Int) {
        // The last page starting on or before the line (binary search: the map is sorted).
        var low = 0
        var high = firstLines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if firstLines[mid] <= line { low = mid } else { high = mid - 1 }
        }
        return (low + 1, max(1, line - firstLines[low] + 1))
    }
}
