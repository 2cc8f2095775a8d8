/// Decodes UTF-16 strictly: an unpaired surrogate is an error, a cut-off last unit or pair is dropped.
enum UTF16Decoding {
    struct Result {
        var text: String?
        var check: ByteCheck
        /// Control characters (as `ByteStatistics` counts them), NUL included.
        var controls: Int
        var units: Int
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, bigEndian: Bool) -> Result {
        let unitCount = bytes.count / 2
        var units = [UInt16](repeating: 0, count: unitCount)
        var controls = 0
        for index in 0..<unitCount {
            let raw = bytes.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self)
            let unit = bigEndian ? UInt16(bigEndian: raw) : UInt16(littleEndian: raw)
            units[index] = unit
            if unit < 0x20 && !ByteStatistics.allowedControls.contains(UInt8(unit)) || unit == 0x7F {
                controls += 1
            }
        }
        var check: ByteCheck = bytes.count % 2 == 0 ? .valid : .truncated(at: unitCount * 2)
        var usable = unitCount
        var index = 0
        while index < unitCount {
            let unit = units[index]
            if (0xD800...0xDBFF).contains(unit) {
                if index + 1 == unitCount {
                    check = .truncated(at: index * 2)
                    usable = index
                    break
                }
                guard (0xDC00...0xDFFF).contains(units[index + 1]) else {
                    return Result(text: nil, check: .invalid(at: index * 2), controls: controls, units: unitCount)
                }
                index += 2
            } else if (0xDC00...0xDFFF).contains(unit) {
                return Result(text: nil, check: .invalid(at: index * 2), controls: controls, units: unitCount)
            } else {
                index += 1
            }
        }
        let text = String(decoding: units[0..<usable], as: UTF16.self)
        return Result(text: text, check: check, controls: controls, units: unitCount)
    }
}
