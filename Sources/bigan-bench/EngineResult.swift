/// What one engine measured on one corpus, for the engines' table: the import as a process, the
/// library's size, and search in-process by one client and by `PostgresMeasurer.clients` at once.
struct EngineResult {
    var importSeconds: [Double] = []
    var importPeakMiB: [Double] = []
    var libraryBytes = 0
    var searchSeconds: [Double] = []
    var concurrentSeconds: [Double] = []
}
