import Foundation
import Testing

@testable import BiganIntake

@Suite struct DocxPageNumberTests {
    let package: DocxPackage

    init() throws {
        package = try DocxPackage(draft: RenderFixtures.mayorSpeech())
    }

    @Test func oddAndEvenPagesHaveTheirOwnFooter() throws {
        #expect(try package.xml("word/settings.xml").child("w:evenAndOddHeaders") != nil)
        let section = try #require(try package.xml("word/document.xml").first("w:sectPr"))
        let relationships = try package.xml("word/_rels/document.xml.rels").all("Relationship")
        let targets = Dictionary(uniqueKeysWithValues: relationships.map { ($0["Id"] ?? "", $0["Target"] ?? "") })
        let references = section.all("w:footerReference")
        let byType = Dictionary(
            uniqueKeysWithValues: references.map { ($0["w:type"] ?? "", targets[$0["r:id"] ?? ""]) })
        #expect(byType["default"] == "footer1.xml")
        #expect(byType["even"] == "footer2.xml")
    }

    @Test(arguments: [("word/footer1.xml", "right"), ("word/footer2.xml", "left")])
    func footerIsAPageFieldBetweenDashes(path: String, alignment: String) throws {
        let footer = try package.xml(path)
        #expect(footer.first("w:jc")?["w:val"] == alignment)
        #expect(footer.all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) } == ["PAGE"])
        #expect(footer.all("w:fldChar").map { $0["w:fldCharType"] ?? "" } == ["begin", "separate", "end"])
        let text = footer.wordText
        #expect(text.hasPrefix("— ") && text.hasSuffix(" —"))
        for run in footer.all("w:r") {
            #expect(run.first("w:sz")?["w:val"] == "28")
            #expect(run.first("w:rFonts")?["w:eastAsia"] == "宋体")
        }
    }

    @Test func sectionUsesAFullLineGrid() throws {
        let section = try #require(try package.xml("word/document.xml").first("w:sectPr"))
        let grid = try #require(section.child("w:docGrid"))
        let pitch = try #require(Int(grid["w:linePitch"] ?? ""))
        let textHeightTwips = (297.0 - 37 - 35) * 1440 / 25.4
        #expect(pitch * 22 <= Int(textHeightTwips), "22 lines must fit the text block")
        #expect(pitch * 23 > Int(textHeightTwips))
    }
}
