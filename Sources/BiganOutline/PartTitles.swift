/// Section titles whose place is fixed: the closing part is a sibling of the top-level parts.
enum PartTitles {
    static let closing: Set<String> = ["结束语", "结语", "结束语言", "尾声"]

    static func isClosing(_ text: String) -> Bool {
        text.hasAtMost(4) && closing.contains(text)
    }
}
