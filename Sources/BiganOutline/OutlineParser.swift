import BiganIntake

/// Recovers speeches, paragraphs, headings and parts from cleaned source lines.
public struct OutlineParser: Sendable {
    public init() {}

    /// The speeches in `lines`, with diagnostics for what had to be repaired or dropped.
    public func parse(_ lines: [SourceLine]) -> (speeches: [Speech], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let paragraphs = ParagraphAssembler().assemble(lines, diagnostics: &diagnostics)
        var speeches = SpeechSplitter().split(paragraphs).map { SpeechBuilder().build($0) }
        speeches.removeAll { $0.blocks.isEmpty }
        for index in speeches.indices { ParagraphCap().cap(&speeches[index], diagnostics: &diagnostics) }
        if !speeches.isEmpty {
            let last = speeches.count - 1
            CutOffTrimmer().trim(&speeches[last], number: last + 1, diagnostics: &diagnostics)
        }
        return (speeches, diagnostics)
    }
}
