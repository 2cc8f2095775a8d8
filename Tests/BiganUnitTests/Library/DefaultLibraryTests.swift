import Foundation
import Testing

@testable import BiganDesk
@testable import BiganLibrary

@Suite struct DefaultLibraryTests {
    @Test func locationPrefersOptionThenEnvironmentThenXDG() throws {
        let environment = ["BIGAN_LIBRARY": "/env/lib.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
        #expect(
            try LibraryLocation.resolve(option: "/opt/lib.sqlite", environment: environment)
                == LibraryLocation(path: "/opt/lib.sqlite", origin: .option))
        #expect(
            try LibraryLocation.resolve(option: nil, environment: environment)
                == LibraryLocation(path: "/env/lib.sqlite", origin: .environment))
        #expect(
            try LibraryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg", "BIGAN_LIBRARY": ""])
                == LibraryLocation(path: "/xdg/bigan/library.sqlite", origin: .standard))
        #expect(
            try LibraryLocation.resolve(option: nil, environment: ["HOME": "/home/u", "XDG_DATA_HOME": "rel"]).path
                == "/home/u/.local/share/bigan/library.sqlite")
    }

    @Test func theDefaultLibraryIsBuiltOnFirstUseFromTheBundle() async throws {
        let folder = try TemporaryFolder()
        let location = try LibraryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": folder.url.path])
        var notes: [String] = []
        let library = try await location.open(create: false, notify: { notes.append($0) })
        #expect(location.path == folder.path("bigan/library.sqlite"))
        #expect(notes.count == 2 && notes.allSatisfy { $0.contains(location.path) })
        let hits = try await library.search(SearchQuery("服务"))
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.source?.file.hasPrefix("Snippets/") == true })
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("bigan")).allSatisfy {
                !$0.contains("partial")
            })
        let snippets = try await library.stats().snippets
        try await library.close()
        var again: [String] = []
        #expect(try await location.open(create: false, notify: { again.append($0) }).stats().snippets == snippets)
        #expect(again.isEmpty)
    }

    @Test func abandonedPartialBuildsAreRemoved() throws {
        let folder = try TemporaryFolder()
        let stale = try folder.write(".library.sqlite.partial-999999999-1", "half")
        LibraryBootstrap.removeAbandonedBuilds(in: folder.url, name: "library.sqlite")
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test func aSecondBuildNeverReplacesALibraryAlreadyInPlace() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(".library.sqlite.partial-1-1", "first")
        let second = try folder.write(".library.sqlite.partial-2-2", "second")
        let path = folder.path("library.sqlite")
        try LibraryBootstrap.place(first, at: path)
        try LibraryBootstrap.place(second, at: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first", "the library in use was swapped")
    }
}
