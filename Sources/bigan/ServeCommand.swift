import ArgumentParser
import BiganServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在浏览器里使用笔杆：检索、主题、起草、导入、体检、片段库（接口见 CLI.md）。",
        discussion: """
            默认只在 127.0.0.1 上服务，只有本机能访问。用其他 --host 时，每个请求都须带访问令牌：\
            --token 给出的，或启动时生成并和地址一起打印的。按 Ctrl-C 在当前导入完成后停止。
            """
    )

    @Option(help: "监听的地址；127.0.0.1 以外的地址会让其他机器也能访问。") var host = "127.0.0.1"
    @Option(help: "端口（0 表示任选一个空闲端口）。") var port = 8080
    @Option(help: "访问令牌：请求须带 Authorization: Bearer 令牌，或在地址里带一次 ?token=令牌。") var token: String?
    @Option(name: .customLong("allow-host"), help: "允许的其他主机名（可重复）。")
    var allowedHosts: [String] = []
    @Option(help: "上传文件的存放目录（缺省为片段库文件旁的 uploads/；片段库在 PostgreSQL 上时必须指定）。") var uploads: String?
    @Option(name: .customLong("max-file-mb"), help: "上传的单个文件最大多少 MB。") var maxFile = 50
    @Option(name: .customLong("max-files"), help: "一次上传最多多少个文件。") var maxFiles = 500
    @Option(name: .customLong("max-upload-mb"), help: "一次上传最多多少 MB。") var maxUpload = 500
    @Flag(help: "用默认浏览器打开页面。") var open = false
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port 须在 0 到 65535 之间") }
        if maxFile < 1 || maxFiles < 1 || maxUpload < 1 { throw ValidationError("上传限制须是正数") }
        if let token, token.count < 8 { throw ValidationError("--token 至少 8 个字符") }
    }

    func run() async throws {
        let location = try libraryOptions.location
        if location.server != nil, uploads == nil {
            throw ValidationError("片段库在 PostgreSQL 服务器上，没有“片段库文件旁”的目录：请用 --uploads 指定上传文件的存放目录。")
        }
        var options = ServerOptions(library: location)
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
