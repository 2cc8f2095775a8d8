import Foundation

/// A command-line program that some tests use when it is installed.
struct ExternalTool {
    var name: String

    /// The program's path when it is on PATH.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether a missing program fails the tests that need it rather than skipping them: in CI
    /// (`CI=true`), which installs every tool the tests use.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the tests that need the program run: it is installed, or it is required.
    var runsTests: Bool { path != nil || Self.required }

    /// Runs the program and returns its exit status and standard output; `environment` adds to
    /// the inherited one.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        guard let path else { throw Failure(description: "\(name) is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let soffice = ExternalTool(name: "soffice")
    static let pdffonts = ExternalTool(name: "pdffonts")
    /// The pure-Python OOXML validator (`pip install openxml-audit`), which checks schema order.
    static let openXMLAudit = ExternalTool(name: "openxml-audit")
}
