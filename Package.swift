// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Bigan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bigan", targets: ["bigan"]),
        .executable(name: "bigan-bench", targets: ["bigan-bench"]),
        .executable(name: "bigan-fuzz", targets: ["BiganFuzz"]),
        .library(name: "BiganKit", targets: ["BiganKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The user-editable data folders at the top of the repository, shipped as one resource bundle.
        .target(
            name: "BiganResources",
            path: ".",
            exclude: [
                "Sources/BiganKit", "Sources/bigan", "Sources/bigan-bench", "Sources/bigan-fuzz", "Tests", "Scripts",
                "README.md", "CLI.md", "BENCHMARKS.md",
            ],
            sources: ["Sources/BiganResources"],
            resources: [.copy("Templates"), .copy("Snippets"), .copy("Data")]
        ),
        .target(
            name: "BiganKit",
            dependencies: [
                "BiganResources",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "bigan",
            dependencies: [
                "BiganKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release bigan-bench`: corpus generator, import floor and measurements (BENCHMARKS.md).
        .executableTarget(
            name: "bigan-bench",
            dependencies: [
                "BiganKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The parser's fuzz target; built with `-sanitize=fuzzer` by Scripts/fuzz.sh, else it only
        // replays the inputs it is given.
        .executableTarget(
            name: "BiganFuzz",
            dependencies: ["BiganKit"],
            path: "Sources/bigan-fuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(
            name: "BiganKitTests",
            dependencies: ["BiganKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "biganTests",
            dependencies: ["bigan"]
        ),
    ]
)
