import BiganOutline
import Foundation

/// The parser's fuzz target: raw bytes through intake (decoding, .docx unpacking), page cleaning
/// and outline recovery. Any input may be refused with an error; none may crash or hang.
///
/// Built with `-sanitize=fuzzer -D BIGAN_FUZZ` (Scripts/fuzz.sh) it is a libFuzzer binary; built
/// plainly it replays the files given as arguments, which is how crash inputs are checked.
enum BiganFuzz {
    static let scratch = NSTemporaryDirectory() + "bigan-fuzz-\(getpid())"

    /// Parses `bytes` as a .txt file and, when they look like a ZIP archive, as a .docx file.
    static func parse(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        let isZip = data.starts(with: [0x50, 0x4B])
        for suffix in isZip ? [".txt", ".docx"] : [".txt"] {
            let path = scratch + suffix
            guard FileManager.default.createFile(atPath: path, contents: data) else { continue }
            _ = try? SpeechReader().read(path: path)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    BiganFuzz.parse(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if BIGAN_FUZZ
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzer(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("BiganFuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzer(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    @main
    struct Replay {
        /// Parses every file given (folders recursively) and reports how many.
        static func main() throws {
            var count = 0
            for argument in CommandLine.arguments.dropFirst() {
                for path in files(at: argument) {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    data.withUnsafeBytes { BiganFuzz.parse($0) }
                    count += 1
                }
            }
            print("parsed \(count) inputs without a crash")
        }

        static func files(at path: String) -> [String] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            let names = FileManager.default.subpaths(atPath: path) ?? []
            return names.sorted().map { path + "/" + $0 }.filter { !$0.hasSuffix("/") }
                .filter { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue }
        }
    }
#endif
