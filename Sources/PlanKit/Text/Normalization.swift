import Foundation

extension StringProtocol {
    /// Canonical composition (NFC): every string that enters the model goes through this.
    /// Text made only of scalars that are already in composed form skips Foundation's normaliser.
    public var nfc: String {
        let stable = utf8.withContiguousStorageIfAvailable(TextCleanup.isStableUnderNFC(utf8:))
            ?? unicodeScalars.allSatisfy(TextCleanup.isStableUnderNFC)
        if stable { return String(self) }
        return TextCleanup.composedLineByLine(String(self))
    }
}

public enum TextCleanup {
    /// Scalars that NFC leaves alone whatever surrounds them (NFC_Quick_Check = Yes and never a
    /// composition's second half): Latin below the combining marks, Vietnamese precomposed letters,
    /// general punctuation, box drawing and CJK ideographs. Anything else goes to the full normaliser.
    @inline(__always)
    static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // 0x2070..<0x20D0: superscripts, subscripts and currency signs (₫, "m²"'s kin ⁴ ⁵): compatibility
        // decompositions only, which NFC does not apply.
        case 0..<0x300, 0x1EA0..<0x1EFA, 0x2010..<0x20D0, 0x2500..<0x2600, 0x4E00..<0xA000: return true
        default: return false
        }
    }

    /// `isStableUnderNFC` for every scalar of valid UTF-8, on its bytes: a byte below 0xCC (ASCII, a lead
    /// of U+0080–U+02FF, a continuation) needs no decoding, so only the Vietnamese letters of the
    /// Latin Extended Additional block and rarer scalars are decoded. Walking the scalar view instead was
    /// most of reading a stored plan back (83 M of a 10,000-task export's 635 M instructions).
    static func isStableUnderNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0xCC { i += 1; continue }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= n else { return false }  // not valid UTF-8: the normaliser decides
            var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), isStableUnderNFC(scalar) else { return false }
            i += length
        }
        return true
    }

    /// NFC of `text`, a line at a time: only the lines holding a scalar NFC could change go through
    /// Foundation's normaliser (which costs some seven times the text's size), so a 60 MB plan with one
    /// such scalar per line is not copied whole through UTF-16. A line feed never composes with what
    /// surrounds it, so composing the lines apart gives the same text.
    public static func composedLineByLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append("\n") }
            let piece = Substring(line)
            if piece.unicodeScalars.allSatisfy(isStableUnderNFC) {
                out.append(contentsOf: piece)
            } else {
                out.append(String(piece).precomposedStringWithCanonicalMapping)
            }
        }
        return out
    }

    /// NFC, with a byte-order mark dropped, CRLF/CR made LF, form feeds, non-breaking and other odd spaces
    /// made plain, trailing spaces of each line removed, and controls and bidi overrides removed as
    /// `ControlCharacters.clean` does. One pass over the UTF-8 bytes; Foundation's normaliser
    /// runs only when a scalar that NFC could change is present.
    public static func normalizeDocument(_ text: String) -> String {
        // Read in place: a copy of a 60 MB plan's bytes would be one more 60 MB at the import's peak.
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(normalizeDocument(bytes:)) ?? normalizeDocument(bytes: Array(text.utf8))
    }

    private static func normalizeDocument<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> String where Bytes.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpaces = 0
        var needsNFC = false
        var i = 0
        let n = bytes.count
        func emit(_ b: UInt8) {
            if pendingSpaces > 0 { out.append(contentsOf: repeatElement(0x20, count: pendingSpaces)); pendingSpaces = 0 }
            out.append(b)
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x20, 0x09, 0x0C: pendingSpaces += 1  // a form feed (a copied page break) is a space
                case 0x0D:
                    pendingSpaces = 0
                    out.append(0x0A)
                    if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                case 0x0A:
                    pendingSpaces = 0
                    out.append(0x0A)
                case 0..<0x20, 0x7F:
                    break  // the other controls are removed (ControlCharacters.clean's rule)
                default: emit(b)
                }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length <= n else { emit(b); i += 1; continue }
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            switch scalar {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpaces += 1  // odd spaces become plain ones
            case 0x200B, 0xFEFF:
                break  // zero-width spaces and byte-order marks carry nothing
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                break  // C1 controls and bidi overrides/isolates are removed (ControlCharacters.clean's rule)
            default:
                if let s = Unicode.Scalar(scalar), !isStableUnderNFC(s) { needsNFC = true }
                for k in 0..<length { emit(bytes[i + k]) }
            }
            i += length
        }
        let result = String(decoding: out, as: UTF8.self)
        return needsNFC ? composedLineByLine(result) : result
    }

    /// Collapses runs of spaces and tabs into one space and trims both ends.
    public static func collapseSpaces<S: StringProtocol>(_ text: S) -> String {
        isCollapsed(text) ? String(text) : collapsedByCharacters(text)
    }

    /// The collapsing itself, character by character: what the byte check in front of it stands in for.
    static func collapsedByCharacters<S: StringProtocol>(_ text: S) -> String {
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

    /// The text without spaces at either end, found on the bytes.
    public static func trimSpaces(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 }),
              let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return Substring(utf8[first...last])
    }

    /// No tab, no double space, no space at either end.
    private static func isCollapsed<S: StringProtocol>(_ text: S) -> Bool {
        // On the bytes in place where they are contiguous: walking a substring's view costs several times more.
        text.utf8.withContiguousStorageIfAvailable(isCollapsed(bytes:)) ?? isCollapsed(bytes: text.utf8)
    }

    private static func isCollapsed<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        var previousWasSpace = true
        var isEmpty = true
        for b in bytes {
            isEmpty = false
            if b == 0x09 { return false }
            if b == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || isEmpty
    }

}
