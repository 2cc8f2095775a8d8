/// A font declared in word/fontTable.xml, with what Word and WPS need to substitute it.
///
/// `w:rFonts` names one family per script, so runs name the primary 公文 font (方正小标宋简体,
/// 仿宋_GB2312, 楷体_GB2312) and the font table gives each an `altName` (宋体, 仿宋, 楷体) plus the
/// GB2312 charset and a PANOSE class, which is what Word, WPS and LibreOffice fall back on when the
/// primary font is not installed.
struct DocxFontFace: Sendable, Equatable {
    var name: String
    var altName: String?
    var panose: String
    /// Windows charset: 86 is GB2312, 00 ANSI.
    var charset: String
    var family: String
    var pitch: String

    static let latin = "Times New Roman"
    static let title = "方正小标宋简体"
    static let body = "仿宋_GB2312"
    static let kai = "楷体_GB2312"
    static let hei = "黑体"
    static let song = "宋体"

    /// Every font the writer refers to, primary fonts first.
    static let table: [DocxFontFace] = [
        DocxFontFace(name: latin, panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable"),
        DocxFontFace(
            name: title, altName: "宋体", panose: "02010600030101010101", charset: "86", family: "auto",
            pitch: "variable"),
        DocxFontFace(
            name: body, altName: "仿宋", panose: "02010609030101010101", charset: "86", family: "modern",
            pitch: "fixed"),
        DocxFontFace(
            name: kai, altName: "楷体", panose: "02010609030101010101", charset: "86", family: "modern",
            pitch: "fixed"),
        DocxFontFace(
            name: hei, altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern",
            pitch: "fixed"),
        DocxFontFace(
            name: song, altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto",
            pitch: "variable"),
        DocxFontFace(
            name: "仿宋", altName: "FangSong", panose: "02010609060101010101", charset: "86", family: "modern",
            pitch: "fixed"),
        DocxFontFace(
            name: "楷体", altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "modern",
            pitch: "fixed"),
    ]

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
