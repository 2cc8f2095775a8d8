import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and measures it: wall time, exit status and peak resident memory (from wait4).
struct ChildProcess {
    /// What one run measured.
    struct Measurement {
        var seconds: Double
        var status: Int32
        /// Peak resident set size of the child, in MiB.
        var peakMiB: Double
        var output: String
    }

    var executable: String
    var arguments: [String]
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Runs the program to its end with stdout captured in a file and stderr discarded.
    func run() throws -> Measurement {
        let outputPath = NSTemporaryDirectory() + "bigan-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Measurement(seconds: seconds, status: exit, peakMiB: Double(usage.ru_maxrss) / 1024, output: output)
    }

    /// Runs the program and fails unless it exits 0.
    func runChecked() throws -> Measurement {
        let result = try run()
        guard result.status == 0 else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited \(result.status)")
        }
        return result
    }
}
