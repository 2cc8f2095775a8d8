/// The verdict of checking a byte sequence against one encoding.
enum ByteCheck: Equatable, Sendable {
    /// Every byte belongs to a complete, well-formed sequence.
    case valid
    /// Well-formed up to `at`, where the data ends inside a sequence: a cut-off file.
    case truncated(at: Int)
    /// The byte at offset `at` cannot appear there.
    case invalid(at: Int)
}
