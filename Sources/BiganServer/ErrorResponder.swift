import Foundation
import Hummingbird

/// Answers every failed request: `{"error": "…"}` under `/api/`, a page in Chinese elsewhere.
struct ErrorResponder<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = ErrorMessage.of(error)
            if request.uri.path.hasPrefix("/api/") { return JSONBody.response(["error": message], status: status) }
            return pages.errorPage(status: status, message: message)
        }
    }
}
