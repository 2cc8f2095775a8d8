import BiganText
import Foundation

/// A file's bytes, read once: the byte check, the decoder, the .docx reader and an import's
/// fingerprint all work from them. Only regular files are read: a folder, a FIFO, a device or a
/// socket is refused before anything waits on it.
public struct SourceFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// Reads the regular file at `path`; throws a `BiganError` naming the file when it cannot.
    public static func read(path: String) throws -> SourceFile {
        try read(at: BytePath(path))
    }

    /// Reads the regular file at `path`, by its bytes (a GBK name reaches its file too); errors
    /// name it by its display form.
    public static func read(at path: BytePath) throws -> SourceFile {
        let name = path.display
        let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw BiganError(file: name, errno == ENOENT || errno == ENOTDIR ? "没有这个文件" : "无法读取这个文件")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw BiganError(file: name, "无法读取这个文件") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw BiganError(file: name, "这是文件夹，不是文件")
        case S_IFIFO, S_IFSOCK: throw BiganError(file: name, "这是管道或套接字，不是文件")
        default: throw BiganError(file: name, "这是设备，不是文件")
        }
        guard Int64(info.st_size) <= maximumSize else {
            throw BiganError(file: name, "文件大于 \(maximumSize >> 20) MiB，不会是讲话材料")
        }
        return SourceFile(path: name, data: try readAll(descriptor, expected: Int(info.st_size), name: name))
    }

    /// Every byte of an open file (which may grow or shrink while it is read).
    private static func readAll(_ descriptor: Int32, expected: Int, name: String) throws -> Data {
        var data = Data(count: max(expected, 0))
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= Int(maximumSize) else {
                    throw BiganError(file: name, "文件大于 \(maximumSize >> 20) MiB，不会是讲话材料")
                }
                data.count += max(4096, data.count / 2)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw BiganError(file: name, "无法读取这个文件（\(String(cString: strerror(errno)))）")
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    /// Files larger than this are refused unread.
    public static let maximumSize: Int64 = 256 << 20
}
