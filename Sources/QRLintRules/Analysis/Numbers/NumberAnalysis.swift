import QRLintCore

/// Everything the `numbers.*` rules read, computed once per document: the quantities of every paragraph and
/// table, the claims the text makes about them (part sums, shares, changes, enumerations), and the facts
/// indexed by measure and year. Linear in the document: each scalar is scanned once, claims look only at
/// neighbouring numbers, facts are grouped by key.
public struct NumberAnalysis: Sendable {
    /// The year the report is for; numbers stated without a year belong to it.
    public let reportYear: Int?
    public let lexicon: NumberLexicon
    /// The paragraphs that state a quantity, in block order: ranges of the arrays below.
    public let paragraphs: [ParagraphNumbers]
    /// The quantities of every paragraph, in document order (a paragraph's are `quantities[paragraph.quantities]`).
    public let quantities: [Quantity]
    /// Where the sentences of those paragraphs start, paragraph after paragraph.
    let sentenceStarts: [Int]
    public let tables: [TableNumbers]
    public let claims: NumberClaims
    public let facts: FactIndex
    /// The texts of the quantities, labels and qualifiers.
    public let pool: ScalarPool

    /// - Parameter title: the report's title and cover text; the institutions it names are the report's own.
    public init(document: Document, packs: RulePacks, reportYear: Int?, title: String = "") {
        self.init(document: document, lexicon: packs.numberLexicon, reportYear: reportYear, title: title)
    }

    init(document: Document, lexicon: NumberLexicon, reportYear: Int?, title: String = "") {
        self.reportYear = reportYear
        self.lexicon = lexicon
        var scanner = QuantityScanner(lexicon: lexicon, reportYear: reportYear)
        scanner.ownName = EntityReader.OwnName(Array(title.unicodeScalars).filter { !LabelText.isIgnorable($0) })
        let tableReader = TableNumbersReader(scanner: scanner, lexicon: lexicon)
        var pool = ScalarPool()
        var paragraphs: [ParagraphNumbers] = []
        var quantities: [Quantity] = []
        // Room up front: regrowing copies every quantity found so far (a quantity is some 250 bytes), and a report
        // states fewer amounts than one per 24 scalars (number-dense synthetic text: one per 25). Room not used is
        // never touched.
        quantities.reserveCapacity(document.source.scalars.count / 24)
        var sentenceStarts: [Int] = []
        var tables: [TableNumbers] = []
        // Room for a paragraph per block: regrowing copied the list some fourteen times on a long report.
        paragraphs.reserveCapacity(document.blocks.count)
        // One buffer for every paragraph and table cell (a paragraph's quantities go straight into the document's
        // array, lent to it for the scan; a cell's stay in the buffer's own).
        var buffer = QuantityScanner.Buffer()
        // By index: a block bound to a name is copied, and most are passed over.
        let blocks = document.blocks
        for index in blocks.indices {
            switch blocks[index] {
            case .paragraph(let paragraph):
                // The text taken out of the bound copy: read twice from `paragraph`, it was copied twice (a retain
                // and a release more for every paragraph, kept or not).
                let text = (consume paragraph).text
                // The document's array is lent to the scan, which appends the paragraph's quantities to it.
                let firstQuantity = quantities.count
                swap(&quantities, &buffer.scan.quantities)
                buffer.scan.base = firstQuantity
                scanner.scan(text, host: .paragraph(block: index), pool: &pool, into: &buffer)
                swap(&quantities, &buffer.scan.quantities)
                buffer.scan.base = 0
                guard quantities.count > firstQuantity else { continue }
                let firstSentence = sentenceStarts.count
                buffer.scan.sentenceStarts.withUnsafeBufferPointer {
                    sentenceStarts.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<buffer.scan.sentenceCount]))
                }
                paragraphs.append(
                    ParagraphNumbers(
                        block: index, quantities: firstQuantity..<quantities.count,
                        sentences: firstSentence..<sentenceStarts.count, length: text.count))
            case .table(let table):
                if let numbers = tableReader.read(table, block: index, pool: &pool, buffer: &buffer) {
                    tables.append(numbers)
                }
            default:
                continue
            }
        }
        self.paragraphs = paragraphs
        self.quantities = quantities
        self.sentenceStarts = sentenceStarts
        self.tables = tables
        let claims = NumberClaims(
            document: document, paragraphs: paragraphs, quantities: quantities, sentenceStarts: sentenceStarts,
            lexicon: lexicon, pool: &pool)
        self.claims = claims
        self.facts = FactIndex(
            paragraphs: paragraphs, quantities: quantities, tables: tables, claims: claims, lexicon: lexicon,
            reportYear: reportYear, pool: pool)
        self.pool = pool
    }

    /// The numbers of the paragraph at a block index (paragraphs are in block order).
    public func paragraph(block: Int) -> ParagraphNumbers? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].block < block { low = mid + 1 } else { high = mid }
        }
        return low < paragraphs.count && paragraphs[low].block == block ? paragraphs[low] : nil
    }

    /// The quantities of one paragraph.
    public func quantities(of paragraph: ParagraphNumbers) -> ArraySlice<Quantity> { quantities[paragraph.quantities] }

    /// The sentence of a paragraph an offset of its text falls in, as the range of the sentence.
    public func sentence(of paragraph: ParagraphNumbers, containing offset: Int) -> Range<Int> {
        sentenceStarts.withUnsafeBufferPointer {
            SentenceLookup.sentence(
                UnsafeBufferPointer(rebasing: $0[paragraph.sentences]), length: paragraph.length, containing: offset)
        }
    }

    /// A quantity's number and unit as written ("9800万元").
    public func text(_ q: Quantity) -> String { pool.string(q.text) }

    /// A label's phrase ("教职工总数").
    public func text(_ label: MeasureLabel) -> String { pool.string(label.scalars) }

    /// A label's qualifier ("初级"; empty for the plain measure).
    public func qualifier(_ label: MeasureLabel) -> String { pool.string(label.qualifier) }
}
