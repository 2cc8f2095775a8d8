import HTTPTypes
import Hummingbird

/// The safety checks every request passes before a route sees it: the Host header (421), the
/// bearer token when one is required (401), and for requests that change anything either the
/// bearer token or the page's CSRF token with a same-origin `Origin` (403).
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let hosts: HostPolicy
    let secrets: ServerSecrets

    static var cookieName: String { "bigan_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let host = request.headers[HTTPField.Name("Host")!] ?? request.head.authority
        guard hosts.allows(host) else {
            throw ServerError(.misdirectedRequest, "拒绝访问：地址“\(host ?? "")”不是本服务的地址（可用 --allow-host 添加）")
        }
        let bearer = hasBearer(request)
        if request.headers[.authorization] != nil, !bearer {
            throw ServerError(.unauthorized, "访问令牌不对：Authorization 头里的令牌与启动时打印的不符")
        }
        var setCookie = false
        if secrets.bearerRequired, !bearer, !ServerSecrets.same(cookie(request), secrets.bearer) {
            guard ServerSecrets.same(request.uri.queryParameters.get("token"), secrets.bearer) else {
                throw ServerError(.unauthorized, "需要访问令牌：请用启动时打印的地址打开（带 ?token=…），或在请求头加 Authorization: Bearer 令牌")
            }
            setCookie = true
        }
        if request.method == .post || request.method == .delete || request.method == .put, !bearer {
            try checkPageRequest(request, host: host ?? "")
        }
        var response = try await next(request, context)
        if setCookie {
            response.headers[.setCookie] = "\(Self.cookieName)=\(secrets.bearer); Path=/; HttpOnly; SameSite=Strict"
        }
        return response
    }

    /// A page's change: the CSRF token it carries, sent from a page of this very server.
    func checkPageRequest(_ request: Request, host: String) throws {
        guard let origin = request.headers[.origin], origin == "http://\(host)" else {
            throw ServerError(.forbidden, "拒绝修改：请求不是从本服务的页面发出的（Origin 不符）")
        }
        guard ServerSecrets.same(request.headers[Self.csrfHeader], secrets.csrf) else {
            throw ServerError(.forbidden, "拒绝修改：缺少或不符的页面令牌（X-Bigan-CSRF），请刷新页面后再试")
        }
    }

    static var csrfHeader: HTTPField.Name { HTTPField.Name("X-Bigan-CSRF")! }

    func hasBearer(_ request: Request) -> Bool {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else { return false }
        return ServerSecrets.same(String(value.dropFirst(7)), secrets.bearer)
    }

    func cookie(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == Self.cookieName { return String(parts[1]) }
            }
        }
        return nil
    }
}
