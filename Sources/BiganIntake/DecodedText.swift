/// Text decoded from a file's bytes, with the encoding it was read in.
struct DecodedText: Sendable {
    var text: String
    var encoding: TextEncoding
    /// The text holds stray control characters the line splitter should drop.
    var hasControls: Bool
}
