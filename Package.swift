// swift-tools-version:6.1
import PackageDescription

// The targets are the stages of the pipeline, and their dependencies are its arrows:
//
//   BiganText ← BiganIntake ← BiganOutline ← BiganThemes ← BiganLibrary ← BiganImport
//                                                          ↖ BiganCompose ← BiganRender
//                                                          ↖ BiganCheck
//   BiganSQLite: the store (Library's protocol) and the composer's catalog (Compose's protocol) on SQLite
//   BiganPostgres: the same two protocols on PostgreSQL, for a library an office shares
//   BiganDesk: opens the store a location names and wires it to the import and the composer
//   BiganServer: `bigan serve`, the pages and the JSON API (the only target that imports Hummingbird)
//   bigan: the command line (the only target that imports ArgumentParser)
//
// A stage may use the stages before it, never one after it: the compiler keeps the arrows one way.
let package = Package(
    name: "Bigan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bigan", targets: ["bigan"]),
        .executable(name: "bigan-bench", targets: ["bigan-bench"]),
        .executable(name: "bigan-fuzz", targets: ["BiganFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The user-editable data folders at the top of the repository, shipped as one resource bundle.
        .target(
            name: "BiganResources",
            path: ".",
            exclude: [
                "Sources/BiganText", "Sources/BiganIntake", "Sources/BiganOutline", "Sources/BiganThemes",
                "Sources/BiganLibrary", "Sources/BiganSQLite", "Sources/BiganPostgres", "Sources/BiganImport",
                "Sources/BiganCompose", "Sources/BiganRender", "Sources/BiganCheck", "Sources/BiganDesk",
                "Sources/BiganServer", "Sources/bigan",
                "Sources/bigan-bench",
                "Sources/bigan-fuzz", "Tests", "Scripts", "Fonts", "README.md", "CLI.md", "openapi.yaml", "BENCHMARKS.md",
            ],
            sources: ["Sources/BiganResources"],
            resources: [.copy("Templates"), .copy("Snippets"), .copy("Data"), .copy("Web")]
        ),
        // The text base: Han characters, sentence ends, numerals, folding, YAML and XDG helpers,
        // where the bundled data lives, and the error type every stage reports with.
        .target(
            name: "BiganText",
            dependencies: ["BiganResources", .product(name: "Yams", package: "Yams")]
        ),
        // Bytes to lines: the byte check, decoding, .docx, site boilerplate.
        .target(
            name: "BiganIntake",
            dependencies: ["BiganText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Lines to speeches: paragraphs, headings and their levels, parts.
        .target(name: "BiganOutline", dependencies: ["BiganText", "BiganIntake"]),
        // Speeches to tags: themes, parallel sets, occasions.
        .target(name: "BiganThemes", dependencies: ["BiganText", "BiganOutline"]),
        // The store's protocol and the values it takes and gives; no database here.
        .target(
            name: "BiganLibrary", dependencies: ["BiganText", "BiganOutline", "BiganThemes"]),
        // Files to the store: finds, reads once, parses and tags on several threads, hands over in order.
        .target(
            name: "BiganImport",
            dependencies: ["BiganText", "BiganIntake", "BiganOutline", "BiganThemes", "BiganLibrary"]
        ),
        // Templates, roles and the library's candidates to a draft; reads them through its own catalog protocol.
        .target(
            name: "BiganCompose",
            dependencies: ["BiganText", "BiganOutline", "BiganThemes", "BiganLibrary"]
        ),
        // A draft to Markdown and .docx.
        .target(
            name: "BiganRender", dependencies: ["BiganText", "BiganOutline", "BiganCompose"]),
        // A finished speech against its region, year and speaker, and against the library's text:
        // stale facts, gaps, copied passages, numbering and punctuation.
        .target(
            name: "BiganCheck",
            dependencies: ["BiganText", "BiganIntake", "BiganOutline", "BiganThemes", "BiganLibrary"]
        ),
        // The store on SQLite through GRDB: implements Library's store and Compose's catalog.
        .target(
            name: "BiganSQLite",
            dependencies: [
                "BiganText", "BiganOutline", "BiganThemes", "BiganLibrary", "BiganCompose",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The store on PostgreSQL through PostgresNIO: the same protocols, for a library an office shares.
        .target(
            name: "BiganPostgres",
            dependencies: [
                "BiganText", "BiganOutline", "BiganThemes", "BiganLibrary", "BiganCompose",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Where the library lives, opening it (the default one built from the bundle), and the
        // composer wired to it: what every front end (the command line, later a server) shares.
        .target(
            name: "BiganDesk",
            dependencies: [
                "BiganText", "BiganThemes", "BiganLibrary", "BiganImport", "BiganCompose", "BiganCheck",
                "BiganSQLite", "BiganPostgres",
            ]
        ),
        // `bigan serve`: the pages (Web/, Mustache templates) and the JSON API on Hummingbird; the
        // only target that imports Hummingbird.
        .target(
            name: "BiganServer",
            dependencies: [
                "BiganText", "BiganIntake", "BiganOutline", "BiganThemes", "BiganLibrary", "BiganImport",
                "BiganCompose", "BiganRender", "BiganCheck", "BiganDesk",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "bigan",
            dependencies: [
                "BiganText", "BiganIntake", "BiganOutline", "BiganThemes", "BiganLibrary", "BiganImport",
                "BiganCompose", "BiganRender", "BiganCheck", "BiganDesk", "BiganServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release bigan-bench`: corpus generator, import floor and measurements (BENCHMARKS.md).
        .executableTarget(
            name: "bigan-bench",
            dependencies: [
                "BiganText", "BiganThemes", "BiganLibrary", "BiganCompose", "BiganCheck", "BiganSQLite", "BiganPostgres",
                "BiganDesk",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The parser's fuzz target; built with `-sanitize=fuzzer` by Scripts/fuzz.sh, else it only
        // replays the inputs it is given.
        .executableTarget(
            name: "BiganFuzz",
            dependencies: ["BiganText", "BiganIntake", "BiganOutline"],
            path: "Sources/bigan-fuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(
            name: "BiganUnitTests",
            dependencies: [
                "BiganText", "BiganIntake", "BiganOutline", "BiganThemes", "BiganLibrary", "BiganImport",
                "BiganCompose", "BiganRender", "BiganCheck", "BiganSQLite", "BiganPostgres", "BiganDesk",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BiganServerTests",
            dependencies: [
                "BiganText", "BiganLibrary", "BiganImport", "BiganCompose", "BiganRender", "BiganDesk", "BiganSQLite",
                "BiganServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "biganTests",
            dependencies: ["bigan", "BiganLibrary", "BiganImport", "BiganCompose", "BiganCheck", "BiganRender"]
        ),
    ]
)
