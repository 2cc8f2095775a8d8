import BiganDesk
import Foundation

/// How `bigan serve` was asked to run.
package struct ServerOptions: Sendable {
    package var host = "127.0.0.1"
    package var port = 8080
    /// The library the pages and the API use.
    package var library: LibraryLocation
    /// Where uploaded files are kept; nil keeps them in `uploads/` beside the library file.
    package var uploads: String?
    /// The bearer token every request must carry; generated when the host is not loopback.
    package var token: String?
    /// Host names the Host header may carry besides the bound address and the machine's own.
    package var allowedHosts: [String] = []
    package var limits = UploadLimits()

    package init(library: LibraryLocation) {
        self.library = library
    }

    /// True when only this machine can reach the server.
    package var isLoopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) }

    /// The folder uploads are kept in: the configured one, else `uploads/` beside the library file.
    package var uploadsFolder: URL {
        if let uploads { return URL(fileURLWithPath: uploads).standardizedFileURL }
        return URL(fileURLWithPath: library.path).deletingLastPathComponent().appendingPathComponent("uploads")
    }
}
