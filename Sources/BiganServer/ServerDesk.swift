import BiganCheck
import BiganCompose
import BiganDesk
import BiganText
import BiganThemes
import Foundation

/// What the routes work with: the open library, the themes, the composer and the import queue.
/// Every store call is async and runs off the server's event loops.
package final class ServerDesk: Sendable {
    let library: Library
    let annotator: ThemeAnnotator
    let composer: DraftComposer
    let templates: TemplateStore
    let uploads: URL
    let imports: ImportQueue
    let limits: UploadLimits
    let checker: SpeechChecker

    var taxonomy: ThemeTaxonomy { annotator.tagger.taxonomy }

    init(library: Library, annotator: ThemeAnnotator, resources: ResourceLocator, uploads: URL, limits: UploadLimits)
        throws
    {
        self.library = library
        self.annotator = annotator
        composer = try DraftComposer.standard(
            catalog: library, resources: resources, configHome: ConfigHome().configFolder,
            taxonomy: annotator.tagger.taxonomy)
        templates = try TemplateStore.load(
            resources: resources, configHome: ConfigHome().configFolder,
            knownThemes: Set(annotator.tagger.taxonomy.themes.map(\.name)))
        checker = try SpeechChecker.standard(resources: resources)
        self.uploads = uploads
        self.limits = limits
        imports = ImportQueue(library: library, annotator: annotator, uploads: uploads)
    }

    /// Opens the library `options` names (creating an empty one at a new path) and everything
    /// the composer needs.
    package static func open(_ options: ServerOptions, notify: (String) -> Void = { _ in }) async throws -> ServerDesk {
        let annotator = try ThemeAnnotator.load()
        let library = try await options.library.open(
            create: true, concurrentReads: true, annotator: annotator, notify: notify)
        return try ServerDesk(
            library: library, annotator: annotator, resources: try ResourceLocator.locate(),
            uploads: options.uploadsFolder, limits: options.limits)
    }

    /// Waits for the running import and closes the library.
    package func close() async {
        await imports.waitUntilIdle()
        try? await library.close()
    }
}
