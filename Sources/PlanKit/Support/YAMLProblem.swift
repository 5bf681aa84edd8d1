import Foundation
import Yams

/// Where and why a YAML file kehoach reads (a user's agency file, an export read back) is wrong, said
/// in kehoach's own words in both languages: the line and column, the field, what is wrong. The
/// parser's or decoder's words (English) come last, quoted, as a detail for whoever reports a bug.
public struct YAMLProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// libyaml could not read the text as YAML.
        case syntax
        /// A field the entry needs is not there.
        case missingField(String)
        /// A value of the wrong shape (a list where a name goes, a word where a number goes).
        case wrongType
        /// A value of the right shape that is not allowed (a date that is not a date).
        case invalidValue
        /// The file is not UTF-8 text: the first bad byte's offset (0-based).
        case notUTF8(byte: Int)
    }

    public var kind: Kind
    /// 1-based; nil when the place is not known.
    public var line: Int?
    public var column: Int?
    /// The field as the file nests it: `agencies[2].name`; nil for the document as a whole.
    public var field: String?
    /// The library's own words, untranslated.
    public var detail: String

    public init(kind: Kind, line: Int? = nil, column: Int? = nil, field: String? = nil, detail: String = "") {
        self.kind = kind
        self.line = line
        self.column = column
        self.field = field
        self.detail = detail
    }

    public var description: String { english }

    public var vietnamese: String {
        let place = [line.map { "dòng \($0)" }, column.map { "cột \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let what: String
        switch kind {
        case .syntax: what = "không đúng cú pháp YAML"
        case .missingField(let name): what = field.map { "mục \($0) thiếu trường \"\(name)\"" } ?? "thiếu trường \"\(name)\""
        case .wrongType: what = "giá trị \(field.map { "của \($0) " } ?? "")không đúng kiểu"
        case .invalidValue: what = "giá trị \(field.map { "của \($0) " } ?? "")không hợp lệ"
        case .notUTF8(let byte): what = "tệp không phải văn bản UTF-8 (chuỗi byte sai ở byte \(byte)); lưu lại dưới dạng UTF-8"
        }
        return Self.join(place, what, detail: detail, label: "chi tiết")
    }

    public var english: String {
        let place = [line.map { "line \($0)" }, column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let what: String
        switch kind {
        case .syntax: what = "not valid YAML"
        case .missingField(let name): what = field.map { "\($0) lacks the field \"\(name)\"" } ?? "the field \"\(name)\" is missing"
        case .wrongType: what = field.map { "the value of \($0) has the wrong type" } ?? "a value has the wrong type"
        case .invalidValue: what = field.map { "the value of \($0) is not valid" } ?? "a value is not valid"
        case .notUTF8(let byte): what = "the file is not UTF-8 text (invalid byte sequence at byte \(byte)); save it as UTF-8"
        }
        return Self.join(place, what, detail: detail, label: "detail")
    }

    private static func join(_ place: String, _ what: String, detail: String, label: String) -> String {
        let tail = detail.isEmpty ? "" : " (\(label): \"\(ControlCharacters.clean(detail))\")"
        return (place.isEmpty ? what : "\(place): \(what)") + tail
    }

    /// The problem behind an error thrown while reading `text` with Yams (its parser or its decoder).
    /// A decoder's error carries no position: the field's node is looked up in the parsed text for one.
    public static func from(_ error: Error, in text: String) -> YAMLProblem {
        if let problem = error as? YAMLProblem { return problem }
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return YAMLProblem(kind: .syntax, line: mark.line, column: mark.column, detail: problem)
            case .reader(let problem, _, _, _):
                return YAMLProblem(kind: .syntax, detail: problem)
            case .duplicatedKeysInMapping(let duplicates, let context):
                return YAMLProblem(kind: .syntax, line: context.mark.line, column: context.mark.column,
                                   detail: "duplicated keys: \(duplicates.joined(separator: ", "))")
            default:
                return YAMLProblem(kind: .syntax, detail: "\(yaml)")
            }
        }
        guard let decoding = error as? DecodingError else { return YAMLProblem(kind: .syntax, detail: "\(error)") }
        // The decoder wraps the parser's error (which knows the line) as "not valid YAML".
        if case .dataCorrupted(let context) = decoding, let underlying = context.underlyingError {
            return from(underlying, in: text)
        }
        let kind: Kind
        let context: DecodingError.Context
        switch decoding {
        case .keyNotFound(let key, let c): kind = .missingField(key.stringValue); context = c
        case .typeMismatch(_, let c), .valueNotFound(_, let c): kind = .wrongType; context = c
        case .dataCorrupted(let c): kind = .invalidValue; context = c
        @unknown default: return YAMLProblem(kind: .syntax, detail: "\(error)")
        }
        let mark = self.mark(of: context.codingPath, in: text)
        // A missing field needs no detail: the decoder's words only repeat its name.
        var detail = context.debugDescription
        if case .missingField = kind { detail = "" }
        return YAMLProblem(kind: kind, line: mark?.line, column: mark?.column, field: fieldName(context.codingPath),
                           detail: detail)
    }

    /// `agencies[2].name`, or nil for the document itself.
    static func fieldName(_ path: [CodingKey]) -> String? {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out.isEmpty ? nil : out
    }

    /// Where the node at `path` starts, or its deepest ancestor that exists.
    static func mark(of path: [CodingKey], in text: String) -> Mark? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var node = root
        for key in path {
            let next: Node?
            if let index = key.intValue, let sequence = node.sequence {
                next = sequence.indices.contains(index) ? sequence[index] : nil
            } else {
                next = node[key.stringValue]
            }
            guard let next else { break }
            node = next
        }
        return node.mark
    }
}
