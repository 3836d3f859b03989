/// One table of a report as plain values: the shape every tabular writer (CSV, workbook,
/// HTML) renders, so that the numbers in all of them come from one place.
///
/// Numbers stay full-precision ``Cell/number(_:)`` values; each ``Column`` states how many
/// decimals a text rendering rounds them to (CSV) and which display format a spreadsheet uses.
public struct ReportTable: Sendable, Hashable {
    /// A short identifier, used as the CSV file name (`<base>-<id>.csv`): ASCII, no spaces.
    public var id: String
    /// The sheet name in the report's language (at most 31 characters, as Excel requires).
    public var title: String
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows; each has exactly one cell per column.
    public var rows: [[Cell]]

    /// Creates a table; rows shorter than the column list are padded with empty cells.
    public init(id: String, title: String, columns: [Column], rows: [[Cell]]) {
        self.id = id
        self.title = String(title.prefix(31))
        self.columns = columns
        self.rows = rows.map { row in
            row.count >= columns.count ? Array(row.prefix(columns.count))
                : row + Array(repeating: .empty, count: columns.count - row.count)
        }
    }

    /// One column: its header in the report's language and how its numbers are shown.
    public struct Column: Sendable, Hashable {
        /// Header text (the unit in the header when the column has one).
        public var header: String
        /// How numbers in this column are rounded and displayed.
        public var format: NumberStyle
        /// Creates a column with its header (already in the report's language) and how its numbers are shown.
        public init(_ header: String, _ format: NumberStyle = .text) {
            self.header = header
            self.format = format
        }
    }

    /// How a column's numbers are displayed.
    public enum NumberStyle: Sendable, Hashable {
        /// Text (or numbers shown as entered, such as years).
        case text
        /// A year or a count: no grouping, no decimals.
        case integer
        /// Grouped thousands with this many decimals in a spreadsheet; rounded to this many
        /// decimals in CSV.
        case decimals(Int)
        /// A share (0.123) shown as a percentage with one decimal; rounded to 4 decimals in CSV.
        case percent
        /// A very small or unrounded quantity (emission factors): 6 significant digits in CSV.
        case scientific

        /// The decimals CSV rounds a number to.
        public var csvDecimals: Int? {
            switch self {
            case .text, .scientific: nil
            case .integer: 0
            case .decimals(let places): places
            case .percent: 4
            }
        }
    }

    /// One cell.
    public enum Cell: Sendable, Hashable {
        /// Text, written as text everywhere (never re-interpreted as a number or a date).
        case text(String)
        /// A number, full precision.
        case number(Double)
        /// A yes/no value, written as the language's words in text and as a boolean in a workbook.
        case flag(Bool)
        /// Nothing.
        case empty

        /// A number or empty when nil.
        public static func optional(_ value: Double?) -> Cell { value.map(Cell.number) ?? .empty }
        /// Text or empty when nil.
        public static func optional(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
        /// A whole number (a year, a rank).
        public static func integer(_ value: Int) -> Cell { .number(Double(value)) }
    }
}
