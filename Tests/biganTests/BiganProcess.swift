import Foundation

/// Runs the built `bigan` binary and captures its output.
struct BiganProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedPath: String {
        packageRoot.appendingPathComponent("Snippets/000_e5d90ddf2f1f2905.txt").path
    }

    static var executable: URL {
        // The test bundle sits in the same build folder as the executable.
        let buildFolder = Bundle.main.bundleURL
        let beside = buildFolder.appendingPathComponent("bigan")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/bigan")
    }

    static let sandbox: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Runs the binary with `arguments`, or with `shell` `/bin/sh` with them.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil, shell: Bool = false
    ) throws -> Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // Never the user's own library or configuration: one sandbox for the whole test run.
        env["XDG_DATA_HOME"] = sandbox.appendingPathComponent("data").path
        env["XDG_CONFIG_HOME"] = sandbox.appendingPathComponent("config").path
        env["BIGAN_LIBRARY"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
