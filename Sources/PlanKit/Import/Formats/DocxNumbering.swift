/// Word's automatic numbering (`word/numbering.xml`): the "1.", "a)", "I.", "-" that Word draws before a
/// paragraph but that are not in its text. As in Word, list instances (`w:num`) of one definition
/// (`w:abstractNum`) count on together, an instance's `lvlOverride/startOverride` restarts a level at
/// its first paragraph there ("restart numbering"), and a level restarts after a higher level's item.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var legal = false
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var instances: [String: (abstract: String, overrides: [Int: Level], starts: [Int: Int])] = [:]
    /// Counters by abstract definition, then level.
    private var counters: [String: [Int: Int]] = [:]
    /// Instance and level pairs whose start override has been applied.
    private var restarted: Set<String> = []
    /// a b c d đ e g h i k l m n o p q r s t u v x y, as Vietnamese documents letter their items.
    var vietnameseLetters = false

    init() {}

    init(_ root: XElement) {
        for abstract in root.children("abstractNum") {
            guard let id = abstract.attributes["abstractNumId"] else { continue }
            abstractLevels[id] = Self.levels(abstract.children("lvl"))
        }
        for num in root.children("num") {
            guard let id = num.attributes["numId"], let abstract = num.value(of: "abstractNumId") else { continue }
            var overrides: [Int: Level] = [:]
            var starts: [Int: Int] = [:]
            for override in num.children("lvlOverride") {
                guard let level = override.attributes["ilvl"].flatMap(Int.init) else { continue }
                if let start = override.value(of: "startOverride").flatMap(Int.init) { starts[level] = start }
                if let lvl = override.child("lvl") { overrides[level] = Self.levels([lvl])[level] ?? Self.level(lvl) }
            }
            instances[id] = (abstract, overrides, starts)
        }
    }

    private static func levels(_ elements: [XElement]) -> [Int: Level] {
        var out: [Int: Level] = [:]
        for lvl in elements {
            guard let index = lvl.attributes["ilvl"].flatMap(Int.init) else { continue }
            out[index] = level(lvl)
        }
        return out
    }

    private static func level(_ lvl: XElement) -> Level {
        var level = Level()
        if let start = lvl.value(of: "start").flatMap(Int.init) { level.start = start }
        if let format = lvl.value(of: "numFmt") { level.format = format }
        level.text = lvl.value(of: "lvlText") ?? ""
        if let legal = lvl.child("isLgl") { level.legal = legal.attributes["val"].map { $0 != "0" && $0 != "false" } ?? true }
        return level
    }

    private func level(_ numID: String, _ index: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        return instance.overrides[index] ?? abstractLevels[instance.abstract]?[index]
    }

    /// The prefix Word draws for the next paragraph of list `numID` at level `index` ("1.1. ", "a) ",
    /// "- "), advancing the counters; nil for no numbering (numId 0, an unknown list, format none).
    mutating func nextPrefix(numID: String, level index: Int) -> String? {
        guard numID != "0", let level = level(numID, index), let instance = instances[numID] else { return nil }
        var counts = counters[instance.abstract] ?? [:]
        if let start = instance.starts[index], restarted.insert("\(numID)/\(index)").inserted {
            counts[index] = start - 1
        }
        counts[index] = (counts[index] ?? (level.start - 1)) + 1
        for deeper in counts.keys where deeper > index { counts[deeper] = nil }
        counters[instance.abstract] = counts
        if level.format == "none" { return nil }
        if level.format == "bullet" { return Self.bullet(level.text, level: index) }
        var text = ""
        var chars = level.text.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { text.append(c); continue }
            guard let digit = chars.next(), let n = digit.wholeNumberValue, n >= 1 else { continue }
            let referenced = n - 1
            let value = counts[referenced] ?? (self.level(numID, referenced)?.start ?? 1)
            let format = referenced == index ? level.format : (self.level(numID, referenced)?.format ?? "decimal")
            text += render(value, format: level.legal && referenced != index ? "decimal" : format)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed + " "
    }

    /// Vietnamese documents use "-" and, one level down, "+". A dash or plus drawn by Word is kept; a
    /// symbol-font dot, circle or square reads as "-" at the first level and "+" below it.
    private static func bullet(_ text: String, level: Int) -> String {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "-", "–", "—": return "- "
        case "+": return "+ "
        default: return level == 0 ? "- " : "+ "
        }
    }

    private static let latinLetters = Array("abcdefghijklmnopqrstuvwxyz")
    private static let vietnameseLetterOrder = Array("abcdđeghiklmnopqrstuvxy")

    func render(_ value: Int, format: String) -> String {
        switch format {
        case "lowerLetter", "upperLetter":
            let alphabet = vietnameseLetters ? Self.vietnameseLetterOrder : Self.latinLetters
            guard value >= 1 else { return String(value) }
            // Word repeats the letter past z: aa, bb, …
            let letter = alphabet[(value - 1) % alphabet.count]
            let word = String(repeating: letter, count: (value - 1) / alphabet.count + 1)
            return format == "upperLetter" ? word.uppercased() : word
        case "lowerRoman": return Self.roman(value).lowercased()
        case "upperRoman": return Self.roman(value)
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        default: return String(value)
        }
    }

    static func roman(_ value: Int) -> String {
        guard value > 0 && value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (n, s) in table { while rest >= n { out += s; rest -= n } }
        return out
    }
}
