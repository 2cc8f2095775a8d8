import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the program knows about where its output goes.
public enum Terminal {
    /// True when standard output is a terminal (not a pipe or a file).
    public static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// True when standard error is a terminal.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width of the terminal on standard output, else `$COLUMNS`, else 80.
    public static var columns: Int {
        var size = winsize()
        #if canImport(Glibc)
            let result = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size)
        #else
            let result = ioctl(STDOUT_FILENO, TIOCGWINSZ, &size)
        #endif
        if result == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
