/// How much one upload may bring: per file, files per request, bytes per request.
package struct UploadLimits: Sendable, Equatable {
    package var fileBytes: Int64 = 50 << 20
    package var files = 500
    package var requestBytes: Int64 = 500 << 20
    /// A zip entry that expands more than this many times its packed size is taken for a zip bomb.
    package var zipRatio: Int64 = 200

    package init() {}

    package init(fileMegabytes: Int, files: Int, requestMegabytes: Int) {
        fileBytes = Int64(fileMegabytes) << 20
        self.files = files
        requestBytes = Int64(requestMegabytes) << 20
    }

    /// "50 MB" for messages.
    static func megabytes(_ bytes: Int64) -> String { "\(bytes >> 20) MB" }
}
