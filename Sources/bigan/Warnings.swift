import BiganText
import Foundation

/// Problems the program recovered from (a broken user template or theme file that was skipped),
/// printed on stderr as `file:line: 警告：…`, each once however often the file is loaded.
enum Warnings {
    nonisolated(unsafe) private static var printed = Set<String>()

    static func print(_ problems: [BiganError]) {
        for problem in problems {
            let place =
                problem.file.isEmpty
                ? "" : VisibleText.escaped(problem.file) + (problem.line.map { ":\($0)" } ?? "") + ": "
            let line = "\(place)警告：\(VisibleText.escaped(problem.message))"
            guard printed.insert(line).inserted else { continue }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
