@testable import BiganText
@testable import BiganThemes

/// The bundled annotation tables and place names, read once for the annotation tests.
enum AnnotationFixtures {
    static let annotator = try! ParagraphAnnotator.load(resources: try! ResourceLocator.locate())
    static let rules = try! AnnotationRules.load(data: try! ResourceLocator.locate().data)
}
