import Foundation
import Testing

/// The 公文 faces survive on a machine without them: LibreOffice, with the free CJK faces
/// (fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming) and the project's fontconfig rules,
/// sets the title, the headings and the body in different faces. Skipped without LibreOffice and
/// poppler-utils, except in CI, where they are required.
@Suite(
    .enabled(
        if: ExternalTool.soffice.runsTests && ExternalTool.pdffonts.runsTests, "soffice or pdffonts is not on PATH"))
struct LibreOfficeFontTests {
    /// `Fonts/65-bigan-gongwen.conf` in this checkout.
    static let rules = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts/65-bigan-gongwen.conf")

    @Test(.timeLimit(.minutes(1)))
    func titleHeadingsAndBodyGetDifferentFaces() throws {
        let speech = try WrittenSpeech()
        defer { speech.remove() }
        let config = speech.folder.appendingPathComponent("fonts.conf")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <include>\(Self.rules.path)</include>
        </fontconfig>
        """.write(to: config, atomically: true, encoding: .utf8)

        let profile = speech.folder.appendingPathComponent("profile").absoluteString
        _ = try ExternalTool.soffice.run(
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir",
                speech.folder.path, speech.docx.path,
            ], environment: ["FONTCONFIG_FILE": config.path])
        let pdf = speech.docx.deletingPathExtension().appendingPathExtension("pdf")
        let listing = try ExternalTool.pdffonts.run([pdf.path])
        #expect(listing.status == 0, "pdffonts could not read \(pdf.path)")

        let families = Self.chineseFamilies(inPDFFontsListing: listing.output)
        #expect(families.count >= 3, "one face for title, headings and body: \(families.sorted())")
    }

    /// The CJK families in `pdffonts` output, with the subset tag (ABCDEF+) and style dropped:
    /// `BAAAAA+NotoSerifCJKsc-Regular` → `NotoSerifCJKsc`.
    static func chineseFamilies(inPDFFontsListing listing: String) -> Set<String> {
        let names = listing.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
        let families = names.map { name -> String in
            let base = name.split(separator: "+", maxSplits: 1).last ?? name
            return String(base.split(separator: "-").first ?? base)
        }
        return Set(families.filter { $0.contains("CJK") || $0.hasPrefix("UKai") || $0.hasPrefix("UMing") })
    }

    @Test func familiesAreReadFromTheListing() {
        let listing = """
            name                                 type              encoding         emb sub uni object ID
            ------------------------------------ ----------------- ---------------- --- --- --- ---------
            BAAAAA+NotoSerifCJKjp-Regular-VKana  Type 1            Builtin          yes yes yes     36  0
            CAAAAA+LiberationSerif               TrueType          WinAnsi          yes yes yes     61  0
            DAAAAA+UKaiCN                        TrueType          Identity-H       yes yes yes     56  0
            EAAAAA+NotoSerifCJKjp-Bold           Type 1            Builtin          yes yes yes     41  0
            """
        #expect(LibreOfficeFontTests.chineseFamilies(inPDFFontsListing: listing) == ["NotoSerifCJKjp", "UKaiCN"])
    }
}
