/// A font declared in word/fontTable.xml, with what Word and WPS need to substitute it.
///
/// `w:rFonts` names one family per script, so runs name the primary 公文 font (方正小标宋简体,
/// 仿宋_GB2312, 楷体_GB2312, 黑体) and the font table gives each an `altName` that is itself in the
/// table, so the substitutes form a chain (方正小标宋简体 → 小标宋 → 宋体 → SimSun), plus the GB2312
/// charset and the generic family (roman = serif, swiss = sans, script = brush), which is what Word
/// and WPS fall back on when none of the names is installed. LibreOffice reads none of this; it asks
/// fontconfig for the name itself, which `Fonts/65-bigan-gongwen.conf` answers.
struct DocxFontFace: Sendable, Equatable {
    var name: String
    var altName: String?
    var panose: String
    /// Windows charset: 86 is GB2312, 00 ANSI.
    var charset: String
    /// The OOXML generic family: roman (serif), swiss (sans), script, modern (monospace), auto.
    var family: String
    var pitch: String

    static let latin = "Times New Roman"
    static let title = "方正小标宋简体"
    static let body = "仿宋_GB2312"
    static let kai = "楷体_GB2312"
    static let hei = "黑体"
    static let song = "宋体"

    /// Every font the writer refers to, primary fonts first, then the substitutes they name.
    static let table: [DocxFontFace] = [
        DocxFontFace(name: latin, panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable"),
        chinese(title, altName: "小标宋", panose: "02000000000000000000", family: "roman"),
        chinese(body, altName: "仿宋", panose: "02010609030101010101", family: "roman"),
        chinese(kai, altName: "楷体", panose: "02010609030101010101", family: "script"),
        chinese(hei, altName: "SimHei", panose: "02010609060101010101", family: "swiss"),
        chinese(song, altName: "SimSun", panose: "02010600030101010101", family: "roman"),
        chinese("小标宋", altName: song, panose: "02000000000000000000", family: "roman"),
        chinese("仿宋", altName: "FangSong", panose: "02010609060101010101", family: "roman"),
        chinese("楷体", altName: "KaiTi", panose: "02010609060101010101", family: "script"),
    ]

    private static func chinese(_ name: String, altName: String, panose: String, family: String) -> DocxFontFace {
        DocxFontFace(name: name, altName: altName, panose: panose, charset: "86", family: family, pitch: "variable")
    }

    /// `<w:font>` with its children in schema order: altName, panose1, charset, family, pitch.
    var node: XMLNode {
        var children: [XMLNode] = []
        if let altName { children.append(XMLNode("w:altName", ["w:val": altName])) }
        children += [
            XMLNode("w:panose1", ["w:val": panose]),
            XMLNode("w:charset", ["w:val": charset]),
            XMLNode("w:family", ["w:val": family]),
            XMLNode("w:pitch", ["w:val": pitch]),
        ]
        return XMLNode("w:font", ["w:name": name], children: children)
    }
}
