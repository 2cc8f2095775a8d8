/// One family of findings that needs nothing but the speech (and the settings it was made with).
protocol SpeechCheck: Sendable {
    func findings(in speech: CheckedSpeech) -> [Finding]
}

extension CheckedParagraph {
    /// A finding about the characters in `range`.
    func finding(_ kind: FindingKind, _ range: Range<Int>, why: String, source: Finding.Source? = nil) -> Finding {
        Finding(kind, line: line(at: range.lowerBound), text: text(range), why: why, source: source)
    }
}
