import ArgumentParser
import BiganText
import Foundation

struct RemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "从片段库里移除导入过的文件，以及只有这些文件才有的片段。",
        discussion: "其他文件里也有的段落留下，改由它们提供出处。文件按导入时的路径找，也可以写成导入时的相对路径。"
    )

    @Argument(help: "要移除的文件（导入时的路径）。", completion: .file())
    var files: [String] = []

    @Flag(help: "以 JSON 输出：{\"removed\": [...], \"missing\": [...]}。")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions

    struct Result: Encodable {
        var removed: [String] = []
        var missing: [String] = []
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("至少给出一个要移除的文件。") }
    }

    func run() async throws {
        let result = try await libraryOptions.withLibrary { library in
            var result = Result()
            for file in files {
                // Files are stored by their absolute path (or, from the bundle, by the path under it).
                let absolute = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
                var removed = false
                for path in Set([absolute, file]) where !removed {
                    removed = try await library.removeSource(path: path)
                }
                if removed { result.removed.append(file) } else { result.missing.append(file) }
            }
            return result
        }
        if json {
            try JSONOutput.print(result)
        } else {
            if !result.removed.isEmpty {
                print("已移除 \(result.removed.count) 个文件：\(result.removed.joined(separator: "、"))")
            }
            for file in result.missing { LibraryOptions.note("bigan: 片段库里没有这个文件：\(file)") }
        }
        if !result.missing.isEmpty { throw ExitCode.failure }
    }
}
