import ArgumentParser
import BiganServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the writer's desk in a browser: search, themes, drafts, import, check (see CLI.md).",
        discussion: """
            Binds 127.0.0.1 by default. Any other --host needs a token: --token, or one generated and \
            printed with the URL. Ctrl-C stops the server after the running import.
            """
    )

    @Option(help: "The address to listen on; anything but 127.0.0.1 lets other machines in.") var host = "127.0.0.1"
    @Option(help: "The port (0 picks a free one).") var port = 8080
    @Option(help: "The token every request must carry (Authorization: Bearer T, or ?token=T once).") var token: String?
    @Option(name: .customLong("allow-host"), help: "Another name the Host header may carry (repeatable).")
    var allowedHosts: [String] = []
    @Option(help: "Where uploads are kept (default: uploads/ beside the library file).") var uploads: String?
    @Option(name: .customLong("max-file-mb"), help: "The largest file an upload may hold, in MB.") var maxFile = 50
    @Option(name: .customLong("max-files"), help: "The most files one upload may hold.") var maxFiles = 500
    @Option(name: .customLong("max-upload-mb"), help: "The largest upload, in MB.") var maxUpload = 500
    @Flag(help: "Open the page in the default browser.") var open = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port 须在 0 到 65535 之间") }
        if maxFile < 1 || maxFiles < 1 || maxUpload < 1 { throw ValidationError("上传限制须是正数") }
        if let token, token.count < 8 { throw ValidationError("--token 至少 8 个字符") }
    }

    func run() async throws {
        var options = ServerOptions(library: libraryOptions.location)
        options.host = host
        options.port = port
        options.allowedHosts = allowedHosts
        options.uploads = uploads
        options.limits = UploadLimits(fileMegabytes: maxFile, files: maxFiles, requestMegabytes: maxUpload)
        let secrets = ServerSecrets(bearer: token, bearerRequired: token != nil || !options.isLoopback)
        if !options.isLoopback {
            LibraryOptions.note("bigan: 注意：服务绑定在 \(host)，其他机器也能访问；每个请求都须带访问令牌。")
        }
        let open = self.open
        try await BiganServer.run(options, secrets: secrets, notify: { LibraryOptions.note($0) }) { urls in
            let lines = ["笔杆已启动：\(urls.page)", "脚本访问令牌（Authorization: Bearer）：\(urls.secrets.bearer)", "按 Ctrl-C 停止。"]
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            if open { Self.openBrowser(urls.page) }
        }
        print("笔杆已停止。")
    }

    static func openBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}
