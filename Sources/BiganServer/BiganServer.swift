import BiganText
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `bigan serve`: the pages and the JSON API over one library, until Ctrl-C.
package enum BiganServer {
    /// The routes of the pages and the API behind the safety checks.
    package static func router(
        desk: ServerDesk, pages: PageRenderer, secrets: ServerSecrets, hosts: HostPolicy, web: URL
    )
        -> Router<BasicRequestContext>
    {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorResponder(pages: pages))
        router.add(middleware: RequestGuard(hosts: hosts, secrets: secrets))
        PageRoutes(desk: desk, pages: pages).add(to: router)
        CheckPage(desk: desk, pages: pages).add(to: router)
        StaticRoutes(folder: web.appendingPathComponent("static")).add(to: router)
        let api = router.group("api")
        APIRoutes(desk: desk).add(to: api)
        DraftRoutes(desk: desk).add(to: api)
        ImportRoutes(desk: desk).add(to: api)
        SourceRoutes(desk: desk).add(to: api)
        CheckRoutes(desk: desk).add(to: api)
        return router
    }

    /// Opens the library, serves until SIGINT or SIGTERM, then lets the running import finish
    /// and closes the library. `announce` gets the URL (with the token when one is needed).
    package static func run(
        _ options: ServerOptions, secrets: ServerSecrets, notify: @escaping @Sendable (String) -> Void,
        announce: @escaping @Sendable (URLs) -> Void
    ) async throws {
        let desk = try await ServerDesk.open(options, notify: notify)
        try FileManager.default.createDirectory(at: desk.uploads, withIntermediateDirectories: true)
        let web = try ResourceLocator.locate().root.appendingPathComponent("Web")
        let pages = try await PageRenderer(web: web, csrf: secrets.csrf)
        let hosts = HostPolicy(boundHost: options.host, allowed: options.allowedHosts)
        let app = Application(
            router: router(desk: desk, pages: pages, secrets: secrets, hosts: hosts, web: web),
            configuration: ApplicationConfiguration(
                address: .hostname(options.host, port: options.port), serverName: "bigan"),
            onServerRunning: { channel in
                announce(URLs(host: options.host, port: channel.localAddress?.port ?? options.port, secrets: secrets))
            },
            logger: quietLogger())
        do {
            try await app.runService()
        } catch {
            await desk.close()
            throw BiganError(file: "\(options.host):\(options.port)", "无法启动服务：\(error)")
        }
        await desk.close()
    }

    /// Where the server answers, as printed when it starts.
    package struct URLs: Sendable {
        package var host: String
        package var port: Int
        package var secrets: ServerSecrets

        /// The URL to type: a wildcard address is shown as one of the machine's own.
        package var base: String {
            var shown = host
            if host == "0.0.0.0" || host == "::" {
                shown =
                    HostPolicy.machineAddresses().first { !$0.hasPrefix("127.") && !$0.contains(":") } ?? "127.0.0.1"
            }
            let name = shown.contains(":") ? "[\(shown)]" : shown
            return "http://\(name):\(port)/"
        }

        /// The address to open: with `?token=` when every request needs the token.
        package var page: String { secrets.bearerRequired ? base + "search?token=\(secrets.bearer)" : base }
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "bigan")
        logger.logLevel = .warning
        return logger
    }
}
