import Foundation
import Testing
@testable import PlanKit

/// The streaming writers give, byte for byte, what the whole-document encoders gave.
@Suite struct StreamingWriterTests {
    struct Row: Encodable {
        var code: String
        var lead: [String]
        var note: String?
        var progress: Int?
        var text: String
    }

    static let samples: [Row] = [
        Row(code: "I.1", lead: ["Sở Tài chính", "UBND các huyện"], note: nil, progress: 40, text: "Rà soát, \"đánh giá\""),
        Row(code: "2", lead: [], note: "dòng 1\ndòng 2\t\\ / \u{01}\u{1F}\u{7F}\r\u{8}\u{C}", progress: nil, text: "Đường 𝔸 😀"),
        Row(code: "", lead: [""], note: "", progress: -3, text: "x"),
        Row(code: "C1", lead: ["\u{9B}31m"], note: "\u{202E}txt.exe \u{2066}a\u{2069} \u{2028}\u{2029} \u{200F}", progress: 1,
            text: "Đ\u{85}"),
    ]

    static func encoderText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return OutputEscaping.json(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func streamed(_ rows: [Row], flushAt: Int) -> String {
        var out: [UInt8] = []
        var json = JSONStream(flushAt: flushAt) { out += $0 }
        json.beginArray()
        for row in rows {
            json.beginObject()
            json.string("code", row.code)
            json.strings("lead", row.lead)
            json.string("note", row.note)
            json.int("progress", row.progress)
            json.string("text", row.text)
            json.endObject()
        }
        json.endArray()
        json.finish(newline: false)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func jsonSameAsEncoder() throws {
        for count in 0...Self.samples.count {
            let rows = Array(Self.samples.prefix(count))
            for flushAt in [1, 64, 1 << 16] {
                #expect(Self.streamed(rows, flushAt: flushAt) == (try Self.encoderText(rows)), "\(count) rows, flush at \(flushAt)")
            }
        }
    }

    /// Rows written with keys and repeated values quoted once (`JSONStream.Key`, `Quoted`) are the same
    /// bytes; so is every escape at every offset of an eight-byte word, and text with none.
    @Test func keysQuotedOnceAndEscapesAtEveryOffset() throws {
        var texts: [String] = ["", "a", "abcdefgh", "abcdefghi", String(repeating: "Đường ", count: 40)]
        for offset in 0..<18 {
            for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{2066}", "–", "“", "\u{A0}"] {
                texts.append(String(repeating: "x", count: offset) + special + String(repeating: "ằ", count: offset % 5))
            }
        }
        let rows = texts.enumerated().map { Row(code: "C\($0.offset)", lead: [$0.element, "Sở Tài chính"], note: $0.element,
                                              progress: $0.offset - 3, text: $0.element) }
        let code = JSONStream.Key("code"), lead = JSONStream.Key("lead"), note = JSONStream.Key("note")
        let progress = JSONStream.Key("progress"), text = JSONStream.Key("text")
        for flushAt in [1, 64, 1 << 16] {
            var out: [UInt8] = []
            var json = JSONStream(flushAt: flushAt) { out += $0 }
            json.beginArray()
            for row in rows {
                json.beginObject()
                json.string(code, JSONStream.Quoted(row.code))
                json.strings(lead, row.lead)
                json.string(note, row.note)
                json.int(progress, row.progress)
                json.string(text, row.text)
                json.endObject()
            }
            json.endArray()
            json.finish(newline: false)
            #expect(String(decoding: out, as: UTF8.self) == (try Self.encoderText(rows)), "flush at \(flushAt)")
            #expect(String(decoding: out, as: UTF8.self) == Self.streamed(rows, flushAt: flushAt))
        }
    }

    @Test func csvQuotingSameAsBefore() {
        for field in ["", "a", "\"", "a\"b\"\"c", "Sở \"Tài\" chính, 2026", "dòng\r\ndòng", "😀\"😀"] {
            #expect(CSVField.quoted(field) == "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            // By scalars: "\r\n" is one Character, which a Character comparison with "\n" misses.
            let needs = field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            #expect(CSVField.quotedIfNeeded(field) == (needs ? CSVField.quoted(field) : field))
        }
    }
}
