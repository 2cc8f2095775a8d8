import BiganText
import Foundation

/// A file's path as the bytes the system knows it by, beside the name a user reads.
///
/// Names unpacked from Windows archives are often GBK bytes, which are not UTF-8: Foundation's
/// paths and `CommandLine.arguments` turn them into U+FFFD and can no longer reach the file. The
/// bytes open the file; `display` shows each part of the path as UTF-8 when it is, else as
/// GB18030, else with its undecodable bytes written `\xNN`.
public struct BytePath: Sendable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]
    /// The path as a user reads it (control characters not yet escaped: see `VisibleText`).
    public let display: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = Self.decode(bytes)
    }

    /// The path of a name given as text (valid UTF-8 by construction).
    public init(_ path: String) {
        self.init(bytes: Array(path.utf8))
    }

    public var description: String { display }

    static let slash = UInt8(ascii: "/")
    static let dot = UInt8(ascii: ".")

    /// The last part of the path.
    public var name: ArraySlice<UInt8> {
        let end = bytes.last == Self.slash ? bytes.count - 1 : bytes.count
        let start = bytes[..<end].lastIndex(of: Self.slash).map { $0 + 1 } ?? 0
        return bytes[start..<end]
    }

    /// The name's extension in lower case ("" when it has none); a leading dot starts no extension.
    public var pathExtension: String {
        let name = name
        guard let dot = name.lastIndex(of: Self.dot), dot > name.startIndex else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// The path of `name` inside this folder.
    public func appending(_ name: some Collection<UInt8>) -> BytePath {
        var joined = bytes
        if joined.last != Self.slash { joined.append(Self.slash) }
        joined += name
        return BytePath(bytes: joined)
    }

    /// Calls `body` with the path as a C string, for the system calls that take one.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The file's status (following links, or not with `link`); nil when it cannot be reached.
    public func status(link: Bool = false) -> stat? {
        var info = stat()
        let result = withCString { link ? lstat($0, &info) : stat($0, &info) }
        return result == 0 ? info : nil
    }

    /// The absolute path with links resolved (`realpath`), or nil when the file does not exist.
    public func resolved() -> BytePath? {
        guard let real = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(real) }
        return BytePath(bytes: Array(UnsafeRawBufferPointer(start: real, count: strlen(real))))
    }

    /// Each part decoded on its own: a UTF-8 folder may hold a GBK name.
    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return bytes.split(separator: slash, omittingEmptySubsequences: false).map(decodePart)
            .joined(separator: "/")
    }

    static func decodePart(_ part: ArraySlice<UInt8>) -> String {
        if let text = String(validating: part, as: UTF8.self) { return text }
        let gb18030 = Array(part).withUnsafeBytes { bytes -> String? in
            guard case .valid = GB18030Check.check(bytes) else { return nil }
            return TextDecoder.gb18030(bytes)
        }
        return gb18030 ?? escapingInvalid(part)
    }

    /// UTF-8 where it is valid, every other byte as `\xNN`.
    static func escapingInvalid(_ part: ArraySlice<UInt8>) -> String {
        var result = ""
        var iterator = part.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var pending = Array(part)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                pending = pending.dropFirst(encoded.count)
            case .error(let length):
                for byte in pending.prefix(length) { result += "\\x" + VisibleText.hex(UInt32(byte), digits: 2) }
                pending = pending.dropFirst(length)
            case .emptyInput:
                return result
            }
        }
    }
}
