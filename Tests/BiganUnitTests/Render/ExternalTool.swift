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

    /// Runs the program and returns its exit status and standard output.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let path else { throw Failure(description: "\(name) is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let soffice = ExternalTool(name: "soffice")
    /// The pure-Python OOXML validator (`pip install openxml-audit`), which checks schema order.
    static let openXMLAudit = ExternalTool(name: "openxml-audit")
}
