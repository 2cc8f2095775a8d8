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
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw BiganError(file: path, errno == ENOENT || errno == ENOTDIR ? "没有这个文件" : "无法读取这个文件")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw BiganError(file: path, "这是文件夹，不是文件")
        case S_IFIFO, S_IFSOCK: throw BiganError(file: path, "这是管道或套接字，不是文件")
        default: throw BiganError(file: path, "这是设备，不是文件")
        }
        guard Int64(info.st_size) <= maximumSize else {
            throw BiganError(file: path, "文件大于 \(maximumSize >> 20) MiB，不会是讲话材料")
        }
        do {
            return SourceFile(path: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw BiganError(file: path, "无法读取这个文件（\(error.localizedDescription)）")
        }
    }

    /// Files larger than this are refused unread.
    public static let maximumSize: Int64 = 256 << 20
}
