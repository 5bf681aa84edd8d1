import Foundation

extension StringProtocol {
    /// Canonical composition (NFC): every string that enters the model goes through this.
    public var nfc: String { String(self).precomposedStringWithCanonicalMapping }
}

public enum TextCleanup {
    /// NFC, with a byte-order mark dropped, CRLF/CR made LF, non-breaking and other odd spaces made plain,
    /// and trailing spaces of each line removed.
    public static func normalizeDocument(_ text: String) -> String {
        var s = text
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        s = s.nfc
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x200B, 0xFEFF: continue  // zero-width space and stray BOMs carry nothing
            default: out.append(scalar)
            }
        }
        return String(out).split(separator: "\n", omittingEmptySubsequences: false)
            .map { trimTrailingSpaces($0) }.joined(separator: "\n")
    }

    /// Collapses runs of spaces and tabs into one space and trims both ends.
    public static func collapseSpaces<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch == " " || ch == "\t" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(ch)
            }
        }
        return result
    }

    private static func trimTrailingSpaces(_ line: Substring) -> String {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            if line[before] == " " || line[before] == "\t" { end = before } else { break }
        }
        return String(line[line.startIndex..<end])
    }
}
