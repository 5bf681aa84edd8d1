import Foundation

/// Turns raw bytes into the lines of a plan: checked UTF-8, NFC, LF line ends, no BOM.
struct SourceText {
    /// A line of the normalised text, with its 1-based number in the file.
    struct Line {
        var number: Int
        var text: String
    }

    static let sizeLimit = DocumentFile.textSizeLimit

    static func decode(_ data: Data) throws -> String {
        if data.isEmpty { throw ImportError.empty }
        if data.count > sizeLimit { throw ImportError.tooLarge(bytes: data.count, limit: sizeLimit) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            if let offset = firstControlByte(raw) { throw ImportError.binary(byteOffset: offset) }
            if let offset = firstInvalidUTF8(raw) { throw ImportError.notUTF8(byteOffset: offset) }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// NUL and the other C0 controls except tab, LF, CR and form feed do not occur in text.
    private static func firstControlByte(_ bytes: UnsafeRawBufferPointer) -> Int? {
        for (i, b) in bytes.enumerated() where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
            return i
        }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    /// The lines of an already normalised document, blank lines kept (they separate paragraphs).
    static func lines(ofNormalized text: String) -> [Line] {
        ByteSearch.lines(of: text)
            .enumerated()
            .map { Line(number: $0.offset + 1, text: TextCleanup.collapseSpaces(Substring($0.element))) }
    }
}
