/// A `Decoder` over `YAMLBlockText`: each container finds its entries or items in the text when it is
/// made, so a list of 100,000 tasks is decoded item by item with no node tree. Scalars are read as Yams
/// reads them (plain `null`/`~`/empty is nil; YAML 1.1 booleans); a number it is not sure of, a shape
/// that does not fit, or any layout `YAMLBlockText` does not take throws, and the caller decodes the
/// text with Yams, which reads it or words the error with its line.
public enum YAMLBlockReader {
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        return try text.withUTF8 { bytes in
            let document = YAMLBlockText(bytes)
            return try T(from: YAMLValueDecoder(document: document, value: try document.root(), codingPath: []))
        }
    }
}

struct YAMLValueDecoder: Decoder {
    let document: YAMLBlockText
    let value: YAMLBlockText.Value
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .mapping(let block):
            return KeyedDecodingContainer(YAMLKeyedContainer<Key>(decoder: self, entries: try document.entries(of: block)))
        case .emptyMapping:
            return KeyedDecodingContainer(YAMLKeyedContainer<Key>(decoder: self, entries: []))
        default:
            throw mismatch([String: String].self)
        }
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        switch value {
        case .sequence(let block): return try YAMLUnkeyedContainer(decoder: self, block: block)
        case .emptySequence: return try YAMLUnkeyedContainer(decoder: self, block: nil)
        default: throw mismatch([String].self)
        }
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { YAMLSingleContainer(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "not a \(type)"))
    }

    func child(_ value: YAMLBlockText.Value, key: CodingKey) -> YAMLValueDecoder {
        YAMLValueDecoder(document: document, value: value, codingPath: codingPath + [key])
    }

    // MARK: Scalars, as Yams constructs them

    var isNull: Bool {
        switch value {
        case .null: return true
        case .scalar(let scalar, _): return scalar.plain && ["", "~", "null", "Null", "NULL"].contains(scalar.text)
        default: return false
        }
    }

    func string() throws -> String {
        guard case .scalar(let scalar, _) = value else { throw mismatch(String.self) }
        return scalar.text
    }

    /// A plain scalar's text, for a number or a boolean (a quoted one is left to Yams).
    private func plainText(_ type: Any.Type) throws -> String {
        guard case .scalar(let scalar, _) = value, scalar.plain else { throw mismatch(type) }
        return scalar.text
    }

    func bool() throws -> Bool {
        switch try plainText(Bool.self) {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: throw mismatch(Bool.self)
        }
    }

    /// Decimal integers only: `0x`, `0o`, `_` and sexagesimal ones are Yams' to read.
    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let text = try plainText(type)
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        // "017" is octal to YAML 1.1.
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              digits.first != "0" || digits.count == 1, let value = I(text) else { throw mismatch(type) }
        return value
    }

    func double() throws -> Double {
        let text = try plainText(Double.self)
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let simple = text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }
        guard simple, let value = Double(text) else { throw mismatch(Double.self) }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try string() as! T
        case is Int.Type: return try integer(Int.self) as! T
        case is Double.Type: return try double() as! T
        case is Bool.Type: return try bool() as! T
        default: return try T(from: self)
        }
    }
}

struct YAMLKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: YAMLValueDecoder
    let entries: [(key: String, value: YAMLBlockText.Value)]
    var codingPath: [CodingKey] { decoder.codingPath }
    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { entries.contains { $0.key == key.stringValue } }

    private func child(_ key: CodingKey) throws -> YAMLValueDecoder {
        guard let entry = entries.first(where: { $0.key == key.stringValue }) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no \(key.stringValue)"))
        }
        return decoder.child(entry.value, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).isNull }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).integer(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> Decoder { try child(YAMLPathKey(stringValue: "super")) }
    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}

/// Items are found one at a time, as they are decoded.
struct YAMLUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: YAMLValueDecoder
    private let block: YAMLBlockText.Block?
    private var next: YAMLBlockText.Block?
    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { nil }
    private(set) var currentIndex = 0
    var isAtEnd: Bool { next == nil }

    init(decoder: YAMLValueDecoder, block: YAMLBlockText.Block?) throws {
        self.decoder = decoder
        self.block = block
        if let block { next = try decoder.document.item(after: nil, in: block) }
    }

    /// The decoder of the next item, and the cursor moved past it.
    private mutating func take() throws -> YAMLValueDecoder {
        guard let item = next, let block else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "no more items"))
        }
        let value = try decoder.document.itemValue(item)
        next = try decoder.document.item(after: item.end - 1, in: block)
        let child = decoder.child(value, key: YAMLPathKey(currentIndex))
        currentIndex += 1
        return child
    }

    mutating func decodeNil() throws -> Bool {
        guard let item = next else { return false }
        let isNull = YAMLValueDecoder(document: decoder.document, value: try decoder.document.itemValue(item),
                                      codingPath: codingPath).isNull
        if isNull { _ = try take() }
        return isNull
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try take().bool() }
    mutating func decode(_ type: String.Type) throws -> String { try take().string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try take().double() }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try take().double()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try take().integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try take().integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try take().integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try take().integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try take().integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try take().integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take().integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take().integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take().integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take().integer(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try take().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try take().unkeyedContainer() }
    mutating func superDecoder() throws -> Decoder { try take() }
}

struct YAMLSingleContainer: SingleValueDecodingContainer {
    let decoder: YAMLValueDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
    func decode(_ type: String.Type) throws -> String { try decoder.string() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.double()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}
