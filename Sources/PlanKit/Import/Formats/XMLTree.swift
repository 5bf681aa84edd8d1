import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element as a small tree: the local name (prefix dropped), attributes by local name, children
/// in order and the character data directly inside. Word's parts are walked as trees because a
/// paragraph's meaning (numbering, bold, merges) is only known from its properties around the text.
final class XElement {
    let name: String
    let attributes: [String: String]
    var children: [XElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> XElement? { children.first { $0.name == name } }
    func children(_ name: String) -> [XElement] { children.filter { $0.name == name } }
    /// The `w:val` of a property child, e.g. `pStyle` → "Heading1".
    func value(of childName: String) -> String? { child(childName)?.attributes["val"] }
}

/// Parses a part with FoundationXML's `XMLParser`, external entities off; a DOCTYPE (the only way to
/// declare entities, thus to build an entity-expansion bomb) is refused outright, before parsing.
enum XMLTree {
    static func parse(_ data: Data, part: String) throws -> XElement {
        if hasDoctype(data) { throw FormatError.xmlRejected(part: part, reason: "DOCTYPE / entity declarations") }
        // FoundationXML traps on a name that is not UTF-8 (libxml2 hands it over as is; the fuzzer found
        // it): Word writes its parts in UTF-8, so anything else, or a NUL, is refused before parsing.
        if let offset = data.withUnsafeBytes({ SourceText.firstInvalidUTF8($0) ?? $0.firstIndex(of: 0) }) {
            throw FormatError.xmlRejected(part: part, reason: "not UTF-8 at byte \(offset)")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = Builder()
        parser.delegate = builder
        // FoundationXML can return true and still set an error (a document cut short).
        guard parser.parse(), parser.parserError == nil, let root = builder.root else {
            throw FormatError.xmlRejected(part: part, reason: parser.parserError.map { "\($0.localizedDescription)" }
                                          ?? "malformed XML")
        }
        return root
    }

    /// `<!DOCTYPE` in the prolog, whatever the case. Word never writes one.
    static func hasDoctype(_ data: Data) -> Bool {
        let pattern = Array("<!doctype".utf8)
        let head = data
        return head.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= pattern.count else { return false }
            outer: for i in 0...(bytes.count - pattern.count) where bytes[i] == 0x3C {
                for k in 1..<pattern.count {
                    var b = bytes[i + k]
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    if b != pattern[k] { continue outer }
                }
                return true
            }
            return false
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XElement?
        private var stack: [XElement] = []

        private static func local(_ name: String) -> String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[Self.local(key)] = value }
            let element = XElement(name: Self.local(elementName), attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
    }
}
