/// A group of parallel headings reusable as a whole: 四种精神 with 一是认真负责的精神。… 四是开拓创新的精神。
public struct ParallelSet: Codable, Sendable, Equatable {
    /// How the set was written in the speech.
    public enum Shape: String, Codable, Sendable {
        /// A label heading such as `四种精神：` followed by its item headings.
        case labelHeading
        /// A heading naming a count (要处理好“四个结合”) followed by its item headings.
        case countedHeading
        /// A counted heading whose body lists the items inline (第一，…；第二，…；).
        case inlineList
        /// Three or more sibling headings under an ordinary heading, labelled by it.
        case siblingRun
    }

    /// The set's name: 四种精神, 五个必须, or the parent heading of a sibling run.
    public var label: String
    /// The items in order, each with its marker as written (一是认真负责的精神。).
    public var items: [String]
    /// The headings above the items, outermost first; the last one is the heading holding the label.
    public var headingPath: [String]
    /// The 1-based source line of the label.
    public var line: Int
    public var shape: Shape

    public init(label: String, items: [String], headingPath: [String], line: Int, shape: Shape) {
        self.label = label
        self.items = items
        self.headingPath = headingPath
        self.line = line
        self.shape = shape
    }

    /// The set as one snippet text: the label and a colon, then one item per line.
    public var text: String {
        ([label + "："] + items).joined(separator: "\n")
    }

    /// True when the speech itself names the set (a label or a count), not only a run of siblings.
    public var isNamed: Bool {
        shape != .siblingRun
    }
}
