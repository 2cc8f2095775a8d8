import Foundation
import Testing

@testable import BiganIntake

/// Reading .docx files: paragraphs, runs, tabs, breaks, generated list markers and indents.
@Suite struct DocxReaderTests {
    typealias F = IntakeFixtures

    /// 一、 with （一） below it and 1. below that, in Chinese counting as Word writes it.
    static let outlineNumbering = """
        <w:abstractNum w:abstractNumId="7">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="8">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="9">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>\
        </w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="9"/>\
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
        """

    @Test func readsParagraphsRunsTabsAndBreaks() throws {
        let body = [
            F.paragraph(F.text("政务总结会上的"), F.text("讲话材料")),
            F.paragraph(),
            F.paragraph(F.text("时间") + "<w:tab/>" + F.text("地点"), "<w:br/>" + F.text("第二行"), "<w:cr/>" + F.text("第三行")),
            F.paragraph(F.text("  缩进保留，末尾空白去掉  ")),
            F.paragraph(F.text("正文") + "<w:delText>删去的字</w:delText>" + "<w:instrText> PAGE </w:instrText>"),
        ].joined()
        let fixtures = try IntakeFixtures()
        let document = try SourceReader().read(path: try fixtures.docx(body: body))
        #expect(document.encoding == .docx)
        #expect(
            document.lines == [
                SourceLine(number: 1, text: "政务总结会上的讲话材料"), SourceLine(number: 2, text: ""),
                SourceLine(number: 3, text: "时间\t地点"), SourceLine(number: 3, text: "第二行"),
                SourceLine(number: 3, text: "第三行"), SourceLine(number: 4, text: "  缩进保留，末尾空白去掉"),
                SourceLine(number: 5, text: "正文"),
            ])
    }

    @Test func prefixesGeneratedListMarkers() throws {
        let body = [
            F.numbered("要充分认识新形势", numId: 1, level: 0),
            F.numbered("提高政治站位", numId: 1, level: 1),
            F.numbered("细则", numId: 1, level: 2),
            F.numbered("细则", numId: 1, level: 2),
            F.numbered("把握工作重点", numId: 1, level: 1),
            F.numbered("要进一步强化职能", numId: 1, level: 0),
            F.numbered("强化统筹协调", numId: 1, level: 1),
            F.numbered("圆点不算编号", numId: 2, level: 0),
            F.numbered("从四开始", numId: 3, level: 0),
            F.numbered("法定编号", numId: 3, level: 1),
            F.numbered("没有这个列表", numId: 42, level: 0),
            F.numbered("编号为零即无编号", numId: 0, level: 0),
        ].joined()
        let fixtures = try IntakeFixtures()
        let document = try SourceReader().read(path: try fixtures.docx(body: body, numbering: Self.outlineNumbering))
        #expect(
            document.lines.map(\.text) == [
                "一、要充分认识新形势", "（一）提高政治站位", "1. 细则", "2. 细则", "（二）把握工作重点",
                "二、要进一步强化职能", "（一）强化统筹协调", "圆点不算编号", "4. 从四开始", "4.1 法定编号", "没有这个列表",
                "编号为零即无编号",
            ])
    }

    @Test func stylesGiveNumberingAndFirstLineIndent() throws {
        let styles = """
            <w:docDefaults><w:pPrDefault><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/>\
            <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let body = [
            F.paragraph(F.text("同志们：")),
            F.paragraph(F.text("要充分认识新形势"), properties: #"<w:pStyle w:val="Heading1"/>"#),
            F.paragraph(F.text("提高政治站位"), properties: #"<w:pStyle w:val="Heading2"/>"#),
            F.paragraph(F.text("顶格的段落"), properties: #"<w:ind w:hanging="420"/>"#),
            F.paragraph(F.text("　　自带缩进")),
        ].joined()
        let fixtures = try IntakeFixtures()
        let path = try fixtures.docx(body: body, numbering: Self.outlineNumbering, styles: styles)
        #expect(
            try SourceReader().read(path: path).lines.map(\.text) == [
                "\u{3000}\u{3000}同志们：", "一、要充分认识新形势", "（一）提高政治站位", "顶格的段落", "　　自带缩进",
            ])
    }

    @Test func textBoxesCountOnceAndOutsideTheirParagraph() throws {
        let box = "<w:txbxContent>" + F.paragraph(F.text("文本框里的字")) + "</w:txbxContent>"
        let body = F.paragraph(
            F.text("正文前"),
            "<mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx>\(box)</wps:txbx></mc:Choice>"
                + "<mc:Fallback><w:pict>\(box)</w:pict></mc:Fallback></mc:AlternateContent>",
            F.text("正文后"))
        let fixtures = try IntakeFixtures()
        let lines = try SourceReader().read(path: try fixtures.docx(body: body)).lines
        #expect(lines.map(\.text) == ["文本框里的字", "正文前正文后"])
        #expect(lines.map(\.number) == [1, 2])
    }

    @Test func readsADocumentSavedByLibreOffice() throws {
        let document = try SourceReader().read(path: F.fixture("speech-libreoffice.docx"))
        #expect(document.encoding == .docx)
        #expect(
            document.lines == [
                SourceLine(number: 1, text: "在全市政务工作会议上的讲话"),
                SourceLine(number: 2, text: "\u{3000}\u{3000}同志们："),
                SourceLine(number: 3, text: "\u{3000}\u{3000}今天召开会议，主要任务是总结工作、部署任务。"),
                SourceLine(number: 4, text: "一、充分认识做好政务工作的重要意义"),
                SourceLine(number: 5, text: "（一）提高政治站位。"),
                SourceLine(number: 6, text: "（二）把握工作重点。"),
                SourceLine(number: 7, text: "二、扎实推进各项工作落实"),
                SourceLine(number: 8, text: "（一）强化统筹协调。"),
                SourceLine(number: 9, text: "时间\t地点"),
                SourceLine(number: 9, text: "第二行"),
                SourceLine(number: 10, text: "\u{3000}\u{3000}同志们，让我们团结一心，开拓进取！"),
            ])
    }

    @Test(
        arguments: [
            (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
            (20, "chineseCounting", "二十"), (105, "chineseCounting", "一百零五"), (110, "chineseCountingThousand", "一百一十"),
            (1001, "chineseCounting", "一千零一"), (3, "japaneseCounting", "三"), (12, "taiwaneseCountingThousand", "十二"),
            (12, "chineseLegalSimplified", "拾贰"), (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "甲"),
            (2, "ideographZodiac", "丑"), (105, "ideographDigital", "一〇五"), (3, "decimalEnclosedCircle", "③"),
            (21, "decimalEnclosedCircle", "21"), (2, "decimalEnclosedParen", "⑵"), (12, "decimalFullWidth", "１２"),
            (7, "decimalZero", "07"), (28, "upperLetter", "BB"), (3, "lowerLetter", "c"), (14, "upperRoman", "XIV"),
            (9, "lowerRoman", "ix"), (5, "none", ""), (6, "someFutureFormat", "6"),
        ] as [(Int, String, String)])
    func writesWordNumberFormats(_ value: Int, _ format: String, _ expected: String) {
        #expect(ListMarkerFormat.format(value, as: format) == expected)
    }
}
