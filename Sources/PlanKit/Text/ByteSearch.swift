extension StringProtocol {
    /// Whether `needle` occurs in this text, compared byte by byte. For text that is already normalised
    /// (search keys, NFC lines) this is the same answer as `contains`, without Foundation's Unicode
    /// machinery, which costs more than the whole rest of an import.
    public func includes(_ needle: String) -> Bool {
        let hay = utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var start = hay.startIndex
        while let found = hay[start...].firstIndex(of: first) {
            var h = found
            var matched = true
            for byte in pattern {
                guard h < hay.endIndex, hay[h] == byte else { matched = false; break }
                h = hay.index(after: h)
            }
            if matched { return true }
            start = hay.index(after: found)
        }
        return false
    }
}
