import BiganImport
import Foundation
import ZIPFoundation

/// Unpacks an uploaded .zip into the staging folder, under a folder named after the zip: entry
/// names that climb out (`..`, absolute paths) and zip bombs (an entry larger than the file
/// limit, expanding beyond the ratio, or more bytes than it declared) refuse the whole upload.
struct ZipUnpacker {
    let limits: UploadLimits

    func unpack(_ archive: (relative: String, url: URL), into batch: inout UploadBatch) throws {
        defer { try? FileManager.default.removeItem(at: archive.url) }
        let zip: Archive
        do { zip = try Archive(url: archive.url, accessMode: .read) } catch {
            throw ServerError.badRequest("“\(archive.relative)”不是有效的 .zip 文件")
        }
        let folder = String(archive.relative.dropLast(4))
        for entry in zip {
            let name = entry.path(using: .utf8).isEmpty ? entry.path : entry.path(using: .utf8)
            func refuse(_ why: String) -> ServerError {
                ServerError.badRequest("压缩包“\(archive.relative)”里的“\(name)”\(why)，整个上传未被接受")
            }
            let relative: String
            do { relative = try UploadPath.relative(name) } catch { throw refuse("路径不安全（含“..”或绝对路径）") }
            guard entry.type == .file else {
                if entry.type == .symlink { throw refuse("是符号链接") }
                continue
            }
            let target = folder + "/" + relative
            guard UploadPath.kind(of: relative) == .document else {
                if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0 == "__MACOSX" }) {
                    batch.skipped.append(SkippedFile(file: target, reason: "不是 .txt 或 .docx 文件"))
                }
                continue
            }
            let declared = Int64(clamping: entry.uncompressedSize)
            guard declared <= limits.fileBytes else {
                throw refuse("解压后有 \(declared >> 20) MB，超过单个文件 \(UploadLimits.megabytes(limits.fileBytes)) 的限制")
            }
            let packed = max(Int64(clamping: entry.compressedSize), 1)
            if declared > 1 << 20, declared / packed > limits.zipRatio { throw refuse("压缩比异常（疑似压缩炸弹）") }
            guard batch.files.count < limits.files else {
                throw ServerError.tooLarge("文件太多：一次最多 \(limits.files) 个")
            }
            try extract(
                entry, from: zip, to: batch.staging.appendingPathComponent(target), declared: declared, batch: &batch
            ) { refuse($0) }
            if !batch.files.contains(target) { batch.files.append(target) }
        }
    }

    /// Writes one entry, counting the bytes it really expands to.
    private func extract(
        _ entry: Entry, from zip: Archive, to url: URL, declared: Int64, batch: inout UploadBatch,
        refuse: (String) -> ServerError
    ) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written: Int64 = 0
        let start = batch.bytes
        let limits = self.limits
        do {
            _ = try zip.extract(entry, skipCRC32: false) { data in
                written += Int64(data.count)
                guard written <= declared, written <= limits.fileBytes,
                    start + written <= limits.requestBytes
                else { throw CocoaError(.fileWriteFileExists) }
                handle.write(data)
            }
        } catch {
            if start + written > limits.requestBytes {
                throw ServerError.tooLarge("解压后超过一次上传 \(UploadLimits.megabytes(limits.requestBytes)) 的限制")
            }
            throw refuse(written > declared ? "解压出的内容比声明的多（疑似压缩炸弹）" : "无法解压")
        }
        batch.bytes += written
    }
}
