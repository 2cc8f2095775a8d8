import Foundation
import Testing

/// Converts the written .docx with LibreOffice when it is installed; skipped otherwise, except in
/// CI, where a missing LibreOffice fails.
@Suite(.enabled(if: ExternalTool.soffice.runsTests, "soffice is not on PATH"))
struct LibreOfficeRoundTripTests {
    @Test(.timeLimit(.minutes(1)))
    func libreOfficeReadsTheSpeechBack() throws {
        let draft = RenderFixtures.mayorSpeech()
        let speech = try WrittenSpeech()
        defer { speech.remove() }
        // A private profile, so the conversion neither waits for nor disturbs a running LibreOffice.
        let profile = speech.folder.appendingPathComponent("profile").absoluteString
        _ = try ExternalTool.soffice.run([
            "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
            "--outdir", speech.folder.path, speech.docx.path,
        ])
        let text = try String(
            contentsOf: speech.docx.deletingPathExtension().appendingPathExtension("txt"), encoding: .utf8)

        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.joined().contains(draft.title))
        #expect(lines.contains(draft.byline ?? ""))
        #expect(lines.contains("同志们："))
        let paragraphs = draft.blocks.map(\.text)
        let found = paragraphs.compactMap { lines.firstIndex(of: $0) }
        #expect(found.count == paragraphs.count, "LibreOffice lost a paragraph")
        #expect(found == found.sorted(), "paragraphs came back out of order")
    }
}

/// Validates the package against the OOXML schemas when `openxml-audit` is installed.
@Suite(.enabled(if: ExternalTool.openXMLAudit.path != nil, "openxml-audit is not on PATH"))
struct OpenXMLAuditTests {
    @Test(.timeLimit(.minutes(1)))
    func wordWouldOpenTheFileCleanly() throws {
        let speech = try WrittenSpeech()
        defer { speech.remove() }
        let result = try ExternalTool.openXMLAudit.run(["--max-errors", "0", speech.docx.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Errors: 0"), "\(result.output)")
    }
}
