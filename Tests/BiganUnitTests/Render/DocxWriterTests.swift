import Foundation
import Testing

@testable import BiganIntake
@testable import BiganRender
@testable import BiganText

@Suite struct DocxWriterTests {
    let draft = RenderFixtures.mayorSpeech()

    private func twips(mm: Double) -> String { String(Int((mm * 1440 / 25.4).rounded())) }

    @Test func everyPartIsWellFormedAndDeclared() throws {
        let package = try DocxPackage(draft: draft)
        let types = try package.xml("[Content_Types].xml")
        let overrides = Set(types.all("Override").compactMap { $0["PartName"] })
        for path in [
            "word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
            "word/footer1.xml", "word/footer2.xml", "docProps/core.xml", "docProps/app.xml",
        ] {
            #expect(overrides.contains("/" + path), "\(path) has no content type")
        }
        #expect(package.entries.count == overrides.count + 3)  // plus [Content_Types].xml and two .rels
        for path in package.entries.keys {
            #expect(throws: Never.self, "\(path) is not well-formed") { try package.xml(path) }
        }
    }

    @Test func pageIsA4WithGongwenMargins() throws {
        let section = try #require(try DocxPackage(draft: draft).xml("word/document.xml").first("w:sectPr"))
        let size = try #require(section.child("w:pgSz"))
        #expect(size["w:w"] == twips(mm: 210) && size["w:h"] == twips(mm: 297))
        let margins = try #require(section.child("w:pgMar"))
        #expect(margins["w:top"] == twips(mm: 37))
        #expect(margins["w:bottom"] == twips(mm: 35))
        #expect(margins["w:left"] == twips(mm: 28))
        #expect(margins["w:right"] == twips(mm: 26))
    }

    @Test(arguments: [
        ("Title", "方正小标宋简体", "44", "center"),
        ("Byline", "楷体_GB2312", "32", "center"),
        ("Body", "仿宋_GB2312", "32", "both"),
        ("Heading1", "黑体", "32", "both"),
        ("Heading2", "楷体_GB2312", "32", "both"),
        ("Heading3", "仿宋_GB2312", "32", "both"),
        ("Footer", "宋体", "28", "right"),
    ])
    func styleHasItsFontSizeAndAlignment(id: String, font: String, halfPoints: String, alignment: String) throws {
        let styles = try DocxPackage(draft: draft).xml("word/styles.xml")
        let style = try #require(styles.all("w:style").first { $0["w:styleId"] == id })
        #expect(style.first("w:rFonts")?["w:eastAsia"] == font)
        #expect(style.first("w:sz")?["w:val"] == halfPoints)
        #expect(style.first("w:jc")?["w:val"] == alignment)
        #expect(style.first("w:b").map { $0["w:val"] == "0" } ?? true, "\(id) must not be bold")
    }

    @Test func defaultsAreChineseFangsong() throws {
        let styles = try DocxPackage(draft: draft).xml("word/styles.xml")
        let defaults = try #require(styles.first("w:rPrDefault"))
        #expect(defaults.first("w:rFonts")?["w:eastAsia"] == "仿宋_GB2312")
        #expect(defaults.first("w:rFonts")?["w:ascii"] == "Times New Roman")
        #expect(defaults.first("w:lang")?["w:eastAsia"] == "zh-CN")
    }

    @Test func fontTableOffersFallbacks() throws {
        let fonts = try DocxPackage(draft: draft).xml("word/fontTable.xml").all("w:font")
        let altNames = Dictionary(
            uniqueKeysWithValues: fonts.map { ($0["w:name"] ?? "", $0.child("w:altName")?["w:val"]) })
        #expect(altNames["方正小标宋简体"] == "小标宋")
        #expect(altNames["小标宋"] == "宋体")
        #expect(altNames["仿宋_GB2312"] == "仿宋")
        #expect(altNames["楷体_GB2312"] == "楷体")
        #expect(altNames["黑体"] == "SimHei")
        let families = Dictionary(
            uniqueKeysWithValues: fonts.map { ($0["w:name"] ?? "", $0.child("w:family")?["w:val"]) })
        #expect(families["方正小标宋简体"] == "roman" && families["仿宋_GB2312"] == "roman", "Song and FangSong are serif")
        #expect(families["黑体"] == "swiss", "Hei is sans")
        for font in fonts where font["w:name"] != "Times New Roman" {
            #expect(font.child("w:charset")?["w:val"] == "86", "\(font["w:name"] ?? "") is not GB2312")
        }
        // Each substitute is itself declared, so the chain goes on where the first one is missing too.
        let declared = Set(altNames.keys)
        for case let (name, alternative?) in altNames
        where alternative.unicodeScalars.contains(where: { $0.value > 0x2E80 }) {
            #expect(declared.contains(alternative), "\(name)'s substitute \(alternative) is not in the font table")
        }
    }

    @Test(arguments: ["word/document.xml", "word/footer1.xml", "word/footer2.xml"])
    func everyRunNamesItsEastAsianFontAndSize(path: String) throws {
        let runs = try DocxPackage(draft: draft).xml(path).all("w:r")
        #expect(!runs.isEmpty)
        for run in runs {
            let properties = run.child("w:rPr")
            let eastAsia = properties?.child("w:rFonts")?["w:eastAsia"] ?? ""
            #expect(eastAsia.count > 0, "run without w:eastAsia")
            #expect(properties?.child("w:rFonts")?["w:ascii"] != nil)
            #expect(properties?.child("w:sz") != nil, "run without w:sz")
            #expect(properties?.child("w:lang")?["w:eastAsia"] == "zh-CN", "run without its East Asian language")
        }
    }

    @Test func paragraphsFollowTheDraftInOrder() throws {
        let paragraphs = try DocxPackage(draft: draft).paragraphs()
        let styles = paragraphs.map { $0.first("w:pStyle")?["w:val"] ?? "" }
        let expected =
            ["Title", "Byline"]
            + draft.blocks.map { block in
                switch block.type {
                case .salutation: "Salutation"
                case .paragraph: "Body"
                case .heading: "Heading\(block.level ?? 1)"
                }
            }
        #expect(styles == expected)
        #expect(Array(paragraphs.map(\.wordText).dropFirst(2)) == draft.blocks.map(\.text))
        #expect(paragraphs[0].wordText.replacingOccurrences(of: "\n", with: "") == draft.title)
        #expect(paragraphs[1].wordText == draft.byline)
    }

    @Test func bodyHasExactSpacingAndTwoCharacterIndent() throws {
        let paragraphs = try DocxPackage(draft: draft).paragraphs()
        let body = paragraphs.filter { ["Body", "Heading1", "Heading2"].contains($0.first("w:pStyle")?["w:val"]) }
        #expect(!body.isEmpty)
        for paragraph in body {
            let spacing = try #require(paragraph.first("w:spacing"))
            #expect(spacing["w:lineRule"] == "exact")
            let line = Int(spacing["w:line"] ?? "") ?? 0
            #expect((560...600).contains(line), "line spacing \(line) twips is outside 28–30 pt")
            #expect(paragraph.first("w:ind")?["w:firstLineChars"] == "200")
            #expect(paragraph.first("w:ind")?["w:firstLine"] == "640")
        }
        let salutation = try #require(paragraphs.first { $0.first("w:pStyle")?["w:val"] == "Salutation" })
        #expect(salutation.first("w:ind")?["w:firstLineChars"] == "0")
    }

    @Test func placeholdersAreHighlighted() throws {
        let runs = try DocxPackage(draft: draft).xml("word/document.xml").all("w:r")
        let highlighted = runs.filter { $0.first("w:highlight") != nil }.map(\.wordText)
        #expect(highlighted == ["{姓名}", "{机关名称}", "{秘书长姓名}"])
    }

    @Test func longTitleIsSplitIntoBalancedLines() throws {
        let title = try #require(try DocxPackage(draft: draft).paragraphs().first)
        let lines = title.wordText.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(abs(lines[0].count - lines[1].count) <= 3)
    }

    @Test func bodyIsCondensedJustEnoughForTwentyEightCharacters() throws {
        let styles = try DocxPackage(draft: draft).xml("word/styles.xml").all("w:style")
        let spacing = { (id: String) in
            styles.first { $0["w:styleId"] == id }?.child("w:rPr")?.child("w:spacing").flatMap {
                Int($0["w:val"] ?? "")
            }
        }
        let body = try #require(spacing("Body"))
        let textWidthPt = (210.0 - 28 - 26) * 72 / 25.4
        #expect((16 + Double(body) / 20) * 28 <= textWidthPt)
        #expect((16 + Double(body + 1) / 20) * 28 > textWidthPt)
        #expect(spacing("Heading1") == body)
        #expect(spacing("Title") == 0, "the title must not inherit the body's condensing")
        #expect(spacing("Footer") == 0)
    }

    @Test func writingToAMissingFolderNamesTheFile() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/讲话.docx")
        #expect {
            try DocxWriter().write(draft, to: url)
        } throws: { error in
            (error as? BiganError)?.file == url.path
        }
    }
}
