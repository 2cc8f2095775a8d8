import BiganIntake
import Foundation

/// The command line's arguments as the bytes the program was given. `CommandLine.arguments` (and
/// so the parsed options) turn bytes that are not UTF-8 into U+FFFD; a GBK file name must reach
/// its file as it is, so paths are looked up here.
enum RawArguments {
    /// Every argument after the program's name, as bytes.
    static var all: [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
        }
    }

    /// The bytes behind each of `parsed` (values the parser gave, in command-line order): the next
    /// raw argument that reads as it, else its own UTF-8.
    static func paths(_ parsed: [String], raw: [[UInt8]] = all) -> [BytePath] {
        var next = 0
        return parsed.map { value in
            guard let found = raw[next...].firstIndex(where: { String(decoding: $0, as: UTF8.self) == value })
            else { return BytePath(value) }
            next = found + 1
            return BytePath(bytes: raw[found])
        }
    }
}
