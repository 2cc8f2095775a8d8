import Hummingbird

/// An error a page or a script sees: an HTTP status and the reason in Chinese.
package struct ServerError: Error, CustomStringConvertible, Sendable {
    package var status: HTTPResponse.Status
    package var message: String

    package init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    package var description: String { message }

    static func badRequest(_ message: String) -> ServerError { ServerError(.badRequest, message) }
    static func notFound(_ message: String) -> ServerError { ServerError(.notFound, message) }
    static func tooLarge(_ message: String) -> ServerError { ServerError(.contentTooLarge, message) }
}
