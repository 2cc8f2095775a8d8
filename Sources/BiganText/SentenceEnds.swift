/// The marks that end a sentence, and the sets the stages derive from them: the one home of these facts.
public enum SentenceEnds {
    /// Full stop, exclamation and question marks, full and half width: a sentence is over.
    public static let final: Set<Character> = ["。", "！", "？", "!", "?"]
    /// The final marks, semicolons and the ellipsis: what ends a sentence of an outline or a list item.
    public static let marks: Set<Character> = final.union(["；", ";", "…"])
    /// The marks and colons: a line ending in one of them is finished, not a fragment of a broken line.
    public static let marksAndColons: Set<Character> = marks.union(["：", ":"])
    /// Closing quotes and brackets that may follow the mark that ends a sentence.
    public static let closingQuotes: Set<Character> = ["”", "’", "」", "』", "）", ")"]
    /// Punctuation inside a sentence: commas, colons, semicolons, the enumeration comma.
    public static let clauseMarks: Set<Character> = ["，", ",", "：", ":", "；", ";", "、"]
}
