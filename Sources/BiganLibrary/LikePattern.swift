/// SQL `LIKE` patterns, escaped with a backslash (`ESCAPE '\'`).
package enum LikePattern {
    /// The pattern of texts that contain `text`.
    package static func containing(_ text: String) -> String {
        "%" + escaped(text) + "%"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
