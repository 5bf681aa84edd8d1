/// Text in which every Unicode scalar is one grapheme and one column: printable ASCII, the Latin letters
/// and signs up to U+02FF (no C1 control), and the precomposed Vietnamese letters (U+1E00–U+1EFF) — what
/// nearly every line of a Vietnamese plan is, once in NFC. For such text the scalar count is the display
/// width, a cut between two scalars is a cut between graphemes, and there is no control to make visible:
/// the screen draws it without walking graphemes. Decided on the UTF-8 bytes, in one pass.
public enum SingleColumnText {
    /// The number of columns (= scalars) when all of `text` is single-column text, nil when any of it is not.
    public static func columns<S: StringProtocol>(_ text: S) -> Int? {
        if let counted = text.utf8.withContiguousStorageIfAvailable(columns(bytes:)) { return counted }
        return Array(text.utf8).withUnsafeBufferPointer(columns(bytes:))
    }

    private static func columns(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var count = 0
        let end = bytes.count
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                // C0 controls and DEL are drawn as pictures (and CR LF is one grapheme): not this kind of text.
                if b < 0x20 || b == 0x7F { return nil }
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                // U+0080–U+02FF; C2 80–C2 9F are the C1 controls. From CC on: combining marks.
                guard i + 1 < end, b != 0xC2 || bytes[i + 1] >= 0xA0 else { return nil }
                i += 2
            } else if b == 0xE1 {
                // E1 B8 80 – E1 BB BF: U+1E00–U+1EFF, Latin Extended Additional (ạ, ế, ữ …).
                guard i + 2 < end, bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB else { return nil }
                i += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }
}
