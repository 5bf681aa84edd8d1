import Yams

/// The directory file's shape (see Assets/agencies.yaml).
struct DirectoryFile: Decodable, Equatable {
    struct Entry: Decodable, Equatable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]?
        var successors: [SuccessorEntry]?
    }
    struct SuccessorEntry: Decodable, Equatable {
        var id: String
        var from: String
        var act: String
        var part: String?
    }
    struct ProvinceEntry: Decodable, Equatable {
        var name: String
        var mergedInto: String?
        var from: String?
        var act: String?
    }
    var acts: [String: String]?
    var provinces: [ProvinceEntry]?
    var agencies: [Entry]

    /// The file read straight from its parsed nodes where it has the plain shape a directory has, else
    /// through `YAMLDecoder`, which says where and why it is wrong. Every command reads the directory, and
    /// the decoder (a tag resolved by regular expression for every key, `Decoder` containers for every
    /// field) cost most of a command's start-up for a file of a few hundred entries. The nodes are read
    /// only where the decoder would read the same: anything it might read otherwise (a null, a merge key,
    /// a list where a text is due) goes to the decoder.
    static func read(_ yaml: String) throws -> DirectoryFile {
        try fromNodes(yaml) ?? decoded(yaml)
    }

    /// The file from its nodes; nil where only the decoder can say what it holds.
    static func fromNodes(_ yaml: String) -> DirectoryFile? {
        // No tag rules: every scalar is text, as the fields are.
        guard let root = try? Parser(yaml: yaml, resolver: .basic).singleRoot() else { return nil }
        return DirectoryFile(root)
    }

    static func decoded(_ yaml: String) throws -> DirectoryFile {
        try YAMLDecoder().decode(DirectoryFile.self, from: yaml)
    }

    private init?(_ root: Node) {
        guard let fields = root.fields, let entries = fields["agencies"]?.sequence else { return nil }
        var agencies: [Entry] = []
        agencies.reserveCapacity(entries.count)
        for node in entries {
            guard let entry = Entry(node) else { return nil }
            agencies.append(entry)
        }
        self.agencies = agencies
        if let node = fields["acts"] {
            guard let pairs = node.fields else { return nil }
            var acts: [String: String] = [:]
            for (key, value) in pairs {
                guard let text = value.text else { return nil }
                acts[key] = text
            }
            self.acts = acts
        }
        if let node = fields["provinces"] {
            guard let provinces = node.list(ProvinceEntry.init) else { return nil }
            self.provinces = provinces
        }
    }
}

extension DirectoryFile.Entry {
    fileprivate init?(_ node: Node) {
        guard let fields = node.fields, let id = fields["id"]?.text, let name = fields["name"]?.text,
              let kind = fields["kind"]?.text else { return nil }
        self.id = id
        self.name = name
        self.kind = kind
        if let node = fields["aliases"] {
            guard let aliases = node.list(\.text) else { return nil }
            self.aliases = aliases
        }
        if let node = fields["successors"] {
            guard let successors = node.list(DirectoryFile.SuccessorEntry.init) else { return nil }
            self.successors = successors
        }
    }
}

extension DirectoryFile.SuccessorEntry {
    fileprivate init?(_ node: Node) {
        guard let fields = node.fields, let id = fields["id"]?.text, let from = fields["from"]?.text,
              let act = fields["act"]?.text else { return nil }
        self.id = id
        self.from = from
        self.act = act
        if let node = fields["part"] {
            guard let part = node.text else { return nil }
            self.part = part
        }
    }
}

extension DirectoryFile.ProvinceEntry {
    fileprivate init?(_ node: Node) {
        guard let fields = node.fields, let name = fields["name"]?.text else { return nil }
        self.name = name
        func optional(_ key: String) -> String?? {
            guard let node = fields[key] else { return .some(nil) }
            return node.text.map { .some($0) }
        }
        guard let mergedInto = optional("mergedInto"), let from = optional("from"), let act = optional("act") else {
            return nil
        }
        self.mergedInto = mergedInto
        self.from = from
        self.act = act
    }
}

private extension Node {
    /// A scalar's text, as the decoder reads a `String`; nil for anything else and for a plain null
    /// ("", "~", "null"), which the decoder may read as absent.
    var text: String? {
        guard let scalar, !(scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)) else {
            return nil
        }
        return scalar.string
    }

    /// A mapping's values by key; nil for anything else, a key that is not a text, or a merge key ("<<"),
    /// which the decoder expands.
    var fields: [String: Node]? {
        guard let mapping else { return nil }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.text, name != "<<" else { return nil }
            fields[name] = value
        }
        return fields
    }

    /// A sequence read item by item; nil for anything else or where an item cannot be read.
    func list<T>(_ item: (Node) -> T?) -> [T]? {
        guard let sequence else { return nil }
        var items: [T] = []
        items.reserveCapacity(sequence.count)
        for node in sequence {
            guard let value = item(node) else { return nil }
            items.append(value)
        }
        return items
    }
}
