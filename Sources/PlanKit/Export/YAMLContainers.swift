/// The three containers of `YAMLNodeEncoder`: each entry is written as it is encoded. Strings and
/// numbers are written in place; any other value becomes a child node encoded at once.

struct YAMLMappingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: YAMLNodeEncoder
    var codingPath: [CodingKey] { node.codingPath }

    private func token(_ text: String, _ key: Key) {
        node.output.token(text, at: node.beginKey(key.stringValue))
    }

    mutating func encodeNil(forKey key: Key) throws { token("null", key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { token(YAMLNumber.text(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { token(YAMLNumber.text(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { token(YAMLNumber.text(value), key) }

    mutating func encode(_ value: String, forKey key: Key) throws {
        node.output.scalar(value, at: node.beginKey(key.stringValue))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let text = value as? String { return try encode(text, forKey: key) }
        try node.encodeChild(value, at: node.beginKey(key.stringValue), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        node.openChild(at: node.beginKey(key.stringValue), key: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        node.openChild(at: node.beginKey(key.stringValue), key: key).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        node.openChild(at: node.beginKey("super"), key: YAMLPathKey(stringValue: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        node.openChild(at: node.beginKey(key.stringValue), key: key)
    }
}

struct YAMLSequenceContainer: UnkeyedEncodingContainer {
    let node: YAMLNodeEncoder
    var codingPath: [CodingKey] { node.codingPath }
    var count: Int { node.entries }

    private func token(_ text: String) { node.output.token(text, at: node.beginItem()) }

    mutating func encodeNil() throws { token("null") }
    mutating func encode(_ value: Bool) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Double) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Float) throws { token(YAMLNumber.text(Double(value))) }
    mutating func encode(_ value: Int) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int8) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int16) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int32) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int64) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt8) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt16) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt32) throws { token(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt64) throws { token(YAMLNumber.text(value)) }

    mutating func encode(_ value: String) throws { node.output.scalar(value, at: node.beginItem()) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let text = value as? String { return try encode(text) }
        let key = YAMLPathKey(count)
        try node.encodeChild(value, at: node.beginItem(), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = YAMLPathKey(count)
        return node.openChild(at: node.beginItem(), key: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let key = YAMLPathKey(count)
        return node.openChild(at: node.beginItem(), key: key).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let key = YAMLPathKey(count)
        return node.openChild(at: node.beginItem(), key: key)
    }
}

struct YAMLSingleValueContainer: SingleValueEncodingContainer {
    let node: YAMLNodeEncoder
    var codingPath: [CodingKey] { node.codingPath }

    mutating func encodeNil() throws { node.writeToken("null") }
    mutating func encode(_ value: Bool) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Double) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Float) throws { node.writeToken(YAMLNumber.text(Double(value))) }
    mutating func encode(_ value: Int) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int8) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int16) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int32) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: Int64) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt8) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt16) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt32) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: UInt64) throws { node.writeToken(YAMLNumber.text(value)) }
    mutating func encode(_ value: String) throws { node.writeScalar(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let text = value as? String { return node.writeScalar(text) }
        try value.encode(to: node)
    }
}
