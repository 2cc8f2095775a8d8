/// Writes a list number the way Word's `w:numFmt` values do: 一 for chineseCounting, 甲 for
/// ideographTraditional, ① for decimalEnclosedCircle, and so on. Unknown formats fall back to decimal.
enum ListMarkerFormat {
    static let formats: [String: @Sendable (Int) -> String] = [
        "decimal": { String($0) },
        "decimalZero": { $0 < 10 ? "0\($0)" : String($0) },
        "decimalFullWidth": fullWidth,
        "decimalFullWidth2": fullWidth,
        "decimalHalfWidth": { String($0) },
        "chineseCounting": chineseCounting,
        "chineseCountingThousand": chineseCounting,
        "japaneseCounting": chineseCounting,
        "taiwaneseCounting": chineseCounting,
        "taiwaneseCountingThousand": chineseCounting,
        "chineseLegalSimplified": chineseLegal,
        "ideographDigital": { digits($0, with: Array("〇一二三四五六七八九")) },
        "taiwaneseDigital": { digits($0, with: Array("〇一二三四五六七八九")) },
        "ideographTraditional": { cycle($0, through: Array("甲乙丙丁戊己庚辛壬癸")) },
        "ideographZodiac": { cycle($0, through: Array("子丑寅卯辰巳午未申酉戌亥")) },
        "decimalEnclosedCircle": { enclosed($0, first: 0x2460, count: 20) },
        "decimalEnclosedCircleChinese": { enclosed($0, first: 0x2460, count: 20) },
        "ideographEnclosedCircle": { enclosed($0, first: 0x3220, count: 10) },
        "decimalEnclosedParen": { enclosed($0, first: 0x2474, count: 20) },
        "decimalEnclosedFullstop": { enclosed($0, first: 0x2488, count: 20) },
        "upperLetter": { letters($0, base: "A") },
        "lowerLetter": { letters($0, base: "a") },
        "upperRoman": { roman($0) },
        "lowerRoman": { roman($0).lowercased() },
        "none": { _ in "" },
    ]

    static func format(_ value: Int, as numFmt: String) -> String {
        (formats[numFmt] ?? formats["decimal"]!)(value)
    }

    static let chineseDigits = Array("零一二三四五六七八九")

    /// 1 一, 10 十, 11 十一, 20 二十, 105 一百零五, 110 一百一十; from 10000 on, decimal.
    static func chineseCounting(_ value: Int) -> String {
        counting(value, digits: chineseDigits, units: ["", "十", "百", "千"], dropLeadingOne: true)
    }

    /// 壹, 拾, 拾壹, 贰拾, 壹佰零伍.
    static func chineseLegal(_ value: Int) -> String {
        counting(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], dropLeadingOne: true)
    }

    private static func counting(_ value: Int, digits: [Character], units: [String], dropLeadingOne: Bool)
        -> String
    {
        guard value > 0, value < 10_000 else { return value == 0 ? String(digits[0]) : String(value) }
        let places = String(value).compactMap { $0.wholeNumberValue }
        var text = ""
        var pendingZero = false
        for (offset, digit) in places.enumerated() {
            let unit = units[places.count - 1 - offset]
            if digit == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero { text.append(digits[0]) }
            pendingZero = false
            let skipOne = dropLeadingOne && digit == 1 && text.isEmpty && places.count == 2
            text += (skipOne ? "" : String(digits[digit])) + unit
        }
        return text
    }

    private static func digits(_ value: Int, with glyphs: [Character]) -> String {
        String(String(value).compactMap { $0.wholeNumberValue.map { glyphs[$0] } })
    }

    private static func cycle(_ value: Int, through glyphs: [Character]) -> String {
        String(glyphs[(max(value, 1) - 1) % glyphs.count])
    }

    private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
        guard (1...count).contains(value), let scalar = Unicode.Scalar(first + UInt32(value - 1)) else {
            return String(value)
        }
        return String(Character(scalar))
    }

    private static func fullWidth(_ value: Int) -> String {
        String(String(value).unicodeScalars.compactMap { Unicode.Scalar($0.value + 0xFEE0) }.map(Character.init))
    }

    /// A..Z, then AA..ZZ, as Word writes letters.
    private static func letters(_ value: Int, base: Unicode.Scalar) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(base.value + UInt32((value - 1) % 26))!)
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, symbol) in table {
            while rest >= amount {
                text += symbol
                rest -= amount
            }
        }
        return text
    }
}
