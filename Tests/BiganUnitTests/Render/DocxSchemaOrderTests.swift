import Foundation
import Testing

@testable import BiganIntake

/// Word refuses a file whose property elements are out of schema order; LibreOffice does not care,
/// so this is checked here rather than by a round trip.
@Suite struct DocxSchemaOrderTests {
    /// The OOXML sequences (ECMA-376 Part 1, §17.3.1.26, §17.3.2.28, §17.6.17), elements we may write.
    static let sequences: [String: [String]] = [
        "w:pPr": [
            "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:widowControl", "w:numPr",
            "w:tabs", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:outlineLvl",
            "w:rPr",
        ],
        "w:rPr": [
            "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:spacing", "w:w", "w:kern",
            "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:vertAlign", "w:lang",
        ],
        "w:sectPr": [
            "w:headerReference", "w:footerReference", "w:type", "w:pgSz", "w:pgMar", "w:pgNumType", "w:cols",
            "w:titlePg", "w:docGrid",
        ],
        "w:style": [
            "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:uiPriority", "w:semiHidden",
            "w:unhideWhenUsed", "w:qFormat", "w:pPr", "w:rPr",
        ],
        "w:font": ["w:altName", "w:panose1", "w:charset", "w:family", "w:pitch"],
        "w:settings": [
            "w:zoom", "w:defaultTabStop", "w:evenAndOddHeaders", "w:characterSpacingControl", "w:compat",
            "w:themeFontLang", "w:decimalSymbol", "w:listSeparator",
        ],
    ]

    @Test(arguments: [
        "word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml", "word/fontTable.xml",
        "word/settings.xml",
    ])
    func propertiesAreInSchemaOrder(path: String) throws {
        let root = try DocxPackage(draft: RenderFixtures.mayorSpeech()).xml(path)
        var checked = 0
        for (parent, sequence) in Self.sequences {
            for element in (root.name == parent ? [root] : []) + root.all(parent) {
                let positions = element.children.map { sequence.firstIndex(of: $0.name) }
                #expect(
                    !positions.contains(nil), "\(path): unexpected child of \(parent): \(element.children.map(\.name))")
                let known = positions.compactMap { $0 }
                #expect(
                    known == known.sorted(), "\(path): \(parent) children out of order: \(element.children.map(\.name))"
                )
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
