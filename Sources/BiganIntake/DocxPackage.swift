import BiganText
import Foundation
import ZIPFoundation

/// A .docx opened as a zip archive, whose parts are unpacked with a size limit so that a zip bomb is
/// refused after at most `partLimit` bytes, in bounded memory.
struct DocxPackage {
    let archive: Archive
    /// The package's bytes: parts are unpacked from them with a provider that stops at the end of
    /// a part's compressed data (ZIPFoundation's own reader spins forever on a deflate stream that
    /// never ends).
    let bytes: Data
    let file: String
    let partLimit: Int

    private struct PartTooLarge: Error {}
    private struct StreamOverrun: Error {}

    /// Opens the archive whose bytes `source` holds; its directory is read through ZIPFoundation
    /// from the file, its parts are unpacked from the bytes.
    init(_ source: SourceFile, partLimit: Int) throws {
        bytes = source.data
        file = source.path
        do {
            // Opened from the file, not from `bytes`: ZIPFoundation's in-memory archive traps when a
            // damaged directory points past the end of the data (fuzz regression kept).
            archive = try Archive(url: URL(fileURLWithPath: source.path), accessMode: .read)
        } catch {
            throw BiganError(file: file, ".docx 文件已损坏：无法按 zip 压缩包读取")
        }
        self.partLimit = partLimit
    }

    /// The unpacked bytes of the part at `path`, or nil when the package has no such part.
    func part(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw BiganError(file: file, ".docx 文件已损坏：\(path) 不是文件") }
        guard entry.uncompressedSize <= UInt64(partLimit) else { throw tooLarge(path) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let limit = partLimit
        let checksum: CRC32
        do {
            checksum = try unpack(entry, path: path) { chunk in
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch let error as BiganError {
            throw error
        } catch {
            throw BiganError(file: file, ".docx 文件已损坏：无法解压 \(path)")
        }
        guard checksum == entry.checksum else {
            throw BiganError(file: file, ".docx 文件已损坏：\(path) 校验不符")
        }
        return data
    }

    /// Unpacks `entry` from `bytes`: stored parts are copied, deflated parts inflated with a provider
    /// that refuses to read past the part's compressed data.
    private func unpack(_ entry: Entry, path: String, consumer: (Data) throws -> Void) throws -> CRC32 {
        guard let start = dataOffset(of: path), entry.compressedSize <= UInt64(bytes.count - start) else {
            throw BiganError(file: file, ".docx 文件已损坏：找不到 \(path) 的数据")
        }
        let size = Int(entry.compressedSize)
        let data = bytes[(bytes.startIndex + start)..<(bytes.startIndex + start + size)]
        guard entry.isCompressed else {
            try consumer(Data(data))
            return Data(data).crc32(checksum: 0)
        }
        return try Data.decompress(
            size: Int64(size), bufferSize: 64 * 1024, skipCRC32: false,
            provider: { position, chunk in
                guard position < Int64(size) else { throw StreamOverrun() }
                let from = data.startIndex + Int(position)
                var piece = Data(data[from..<min(from + chunk, data.endIndex)])
                // ZIPFoundation hands zlib `chunk` bytes whatever the provider returns: a short last
                // piece would let inflate read past it (fuzz regression kept). Zeros fill it; a stream
                // that runs on into them asks for more and is refused above.
                if piece.count < chunk { piece.append(Data(count: chunk - piece.count)) }
                return piece
            }, consumer: consumer)
    }

    /// Where the data of the part named `path` starts: after its local file header (signature
    /// PK\u{3}\u{4}, 30 bytes, the name, the extra field).
    private func dataOffset(of path: String) -> Int? {
        let name = Data(path.utf8)
        let signature = Data([0x50, 0x4B, 0x03, 0x04])
        var searchStart = bytes.startIndex
        while let found = bytes.range(of: signature, in: searchStart..<bytes.endIndex) {
            let header = found.lowerBound
            searchStart = found.upperBound
            guard header + 30 <= bytes.endIndex else { return nil }
            let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
            let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
            let nameEnd = header + 30 + nameLength
            guard nameEnd <= bytes.endIndex, nameLength == name.count, bytes[(header + 30)..<nameEnd] == name else {
                continue
            }
            let start = nameEnd + extraLength
            return start <= bytes.endIndex ? start - bytes.startIndex : nil
        }
        return nil
    }

    private func tooLarge(_ path: String) -> BiganError {
        let megabytes = Double(partLimit) / 1_048_576
        let limit = megabytes >= 1 ? "\(Int(megabytes)) MiB" : "\(partLimit) 字节"
        return BiganError(
            file: file, "\(path) 解压后超过 \(limit)，可能是恶意的“压缩炸弹”，拒绝读取")
    }
}
