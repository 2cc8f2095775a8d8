import BiganCompose
import Foundation

// The packaging parts: content types, relationships and document properties.
extension DocxWriter {
    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static var contentTypes: XMLNode {
        let overrides = [
            ("/word/document.xml", "\(wordprocessing).document.main+xml"),
            ("/word/styles.xml", "\(wordprocessing).styles+xml"),
            ("/word/settings.xml", "\(wordprocessing).settings+xml"),
            ("/word/fontTable.xml", "\(wordprocessing).fontTable+xml"),
            ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/word/footer1.xml", "\(wordprocessing).footer+xml"),
            ("/word/footer2.xml", "\(wordprocessing).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        let defaults = [
            XMLNode(
                "Default",
                ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"]),
            XMLNode("Default", ["Extension": "xml", "ContentType": "application/xml"]),
        ]
        return XMLNode(
            "Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"],
            children: defaults + overrides.map { XMLNode("Override", ["PartName": $0.0, "ContentType": $0.1]) })
    }

    static var packageRelationships: XMLNode {
        relationships([
            ("rId1", "\(officeRelationships)/officeDocument", "word/document.xml"),
            (
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
            ("rId3", "\(officeRelationships)/extended-properties", "docProps/app.xml"),
        ])
    }

    static var documentRelationships: XMLNode {
        relationships([
            ("rIdStyles", "\(officeRelationships)/styles", "styles.xml"),
            ("rIdSettings", "\(officeRelationships)/settings", "settings.xml"),
            ("rIdFontTable", "\(officeRelationships)/fontTable", "fontTable.xml"),
            ("rIdTheme", "\(officeRelationships)/theme", "theme/theme1.xml"),
            (oddFooterId, "\(officeRelationships)/footer", "footer1.xml"),
            (evenFooterId, "\(officeRelationships)/footer", "footer2.xml"),
        ])
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> XMLNode {
        XMLNode(
            "Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"],
            children: entries.map { XMLNode("Relationship", ["Id": $0.id, "Type": $0.type, "Target": $0.target]) })
    }

    func coreProperties(for draft: Draft) -> XMLNode {
        let stamp = created.formatted(.iso8601)
        return XMLNode(
            "cp:coreProperties",
            [
                "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc": "http://purl.org/dc/elements/1.1/",
                "xmlns:dcterms": "http://purl.org/dc/terms/",
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            ],
            children: [
                XMLNode("dc:title", text: draft.title),
                XMLNode("dc:subject", text: draft.occasion),
                XMLNode("cp:keywords", text: [draft.occasion, draft.role].joined(separator: " ")),
                XMLNode("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp),
                XMLNode("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp),
            ])
    }

    static var appProperties: XMLNode {
        XMLNode(
            "Properties",
            [
                "xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
            ],
            children: [XMLNode("Application", text: "Bigan")])
    }
}
