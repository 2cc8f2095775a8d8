import Foundation

/// Which names the Host header may carry: the bound address, localhost, 127.0.0.1, the machine's own
/// addresses and the `--allow-host` names, on any port. Anything else is a DNS-rebinding attempt.
package struct HostPolicy: Sendable {
    let names: Set<String>

    package init(boundHost: String, allowed: [String], machineAddresses: [String] = HostPolicy.machineAddresses()) {
        var names: Set<String> = ["localhost", "127.0.0.1", "::1"]
        names.insert(boundHost.lowercased())
        for name in allowed + machineAddresses { names.insert(name.lowercased()) }
        self.names = names
    }

    /// True when `host` (a Host header: name or address, optional port, IPv6 in brackets) is allowed.
    package func allows(_ host: String?) -> Bool {
        guard let host, let name = Self.name(of: host) else { return false }
        return names.contains(name)
    }

    /// The name part of a Host header, lowercased: `[::1]:8080` → `::1`, `a.b:80` → `a.b`.
    static func name(of host: String) -> String? {
        let trimmed = host.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        }
        let name = trimmed.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    /// The IPv4 and IPv6 addresses of this machine's interfaces.
    package static func machineAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let first else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [String] = []
        for pointer in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = pointer.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            if getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                addresses.append(text.split(separator: "%").first.map(String.init) ?? text)
            }
        }
        return addresses
    }
}
