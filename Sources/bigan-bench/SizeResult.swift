/// Everything measured on one corpus size.
struct SizeResult {
    var megabytes: Double
    var files = 0
    var bytes = 0
    var paragraphs = 0
    var importSeconds: [Double] = []
    var floorSeconds: [Double] = []
    var importPeakMiB: [Double] = []
    var floorPeakMiB: [Double] = []
    var snippets = 0
    var libraryBytes = 0
    var searchSeconds: [Double] = []
    var scanSeconds: [Double] = []
    var searchProcessSeconds: [Double] = []
    var grepSeconds: [Double] = []
    var draftSeconds: [Double] = []
    /// The same corpus on PostgreSQL, when measured.
    var postgres: EngineResult?
    /// SQLite's search by `PostgresMeasurer.clients` at once, when PostgreSQL was measured beside it.
    var sqliteConcurrentSeconds: [Double] = []

    var textMiB: Double { Double(bytes) / 1_048_576 }
    /// Import over floor, paired run by run (the runs alternate), then the median.
    var importRatio: Double {
        Statistics.median(zip(importSeconds, floorSeconds).map { $0 / $1 })
    }
    var searchProcessRatio: Double {
        Statistics.median(zip(searchProcessSeconds, grepSeconds).map { $0 / $1 })
    }
}
