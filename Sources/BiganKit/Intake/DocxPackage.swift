import Foundation
import ZIPFoundation

/// A .docx opened as a zip archive, whose parts are unpacked with a size limit so that a zip bomb is
/// refused after at most `partLimit` bytes, in bounded memory.
struct DocxPackage {
    let archive: Archive
    let file: String
    let partLimit: Int

    private struct PartTooLarge: Error {}

    init(url: URL, file: String, partLimit: Int) throws {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw BiganError(file: file, "damaged .docx: cannot read it as a zip archive")
        }
        self.file = file
        self.partLimit = partLimit
    }

    /// The unpacked bytes of the part at `path`, or nil when the package has no such part.
    func part(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw BiganError(file: file, "damaged .docx: \(path) is not a file") }
        guard entry.uncompressedSize <= UInt64(partLimit) else { throw tooLarge(path) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let limit = partLimit
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch {
            throw BiganError(file: file, "damaged .docx: cannot unpack \(path)")
        }
        guard checksum == entry.checksum else {
            throw BiganError(file: file, "damaged .docx: \(path) fails its checksum")
        }
        return data
    }

    private func tooLarge(_ path: String) -> BiganError {
        let megabytes = Double(partLimit) / 1_048_576
        let limit = megabytes >= 1 ? "\(Int(megabytes)) MiB" : "\(partLimit) bytes"
        return BiganError(
            file: file, "\(path) unpacks to more than \(limit); refusing it as a possible zip bomb")
    }
}
