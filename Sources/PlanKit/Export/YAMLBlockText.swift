/// Block-style YAML read lazily from its lines: a node is a range of lines, and a mapping's entries or a
/// sequence's items are found by scanning that range when the decoder asks for them, so no tree of the
/// whole document is built (Yams built one of 1.2 GB for a 100,000-task export, and spent 93 % of the
/// import's instructions on it). What it reads is the layout `YAMLBlockWriter` writes and a person keeps
/// when correcting it: block mappings and sequences, plain, quoted and literal scalars, `[]`, `{}`,
/// comments. Anything else (flow collections, anchors, tags, folded or multi-line plain scalars, more
/// than one document) is `unsupported`, and the caller reads the text with Yams instead.
struct YAMLBlockText {
    struct Unsupported: Error {
        let line: Int
        let reason: String
    }

    /// A node's place: its content starts on `line` at `column` (after a `- ` for an item), its lines end
    /// before `end`.
    struct Block {
        var line: Int
        var column: Int
        var end: Int
    }

    /// A scalar as written: its text, and whether it was plain (a plain one may be null, a number, a boolean).
    struct Scalar {
        var text: String
        var plain: Bool
    }

    enum Value {
        case null
        case scalar(Scalar, line: Int)
        case emptySequence, emptyMapping
        case mapping(Block)
        case sequence(Block)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of each line's first byte, and one past the end.
    private let starts: [Int]
    /// The first line with a break YAML knows and these lines do not: a CR alone, NEL, U+2028, U+2029.
    private let otherBreak: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32)
        var otherBreak: Int?
        for index in 0..<bytes.count {
            switch bytes[index] {
            case newline:
                starts.append(index + 1)
            case carriageReturn where index + 1 == bytes.count || bytes[index + 1] != newline:
                otherBreak = otherBreak ?? starts.count - 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                otherBreak = otherBreak ?? starts.count - 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                otherBreak = otherBreak ?? starts.count - 1
            default:
                break
            }
        }
        if starts.last != bytes.count { starts.append(bytes.count) }
        self.starts = starts
        self.otherBreak = otherBreak
    }

    var lineCount: Int { starts.count - 1 }

    // MARK: Lines

    /// The line's bytes without its break (and without a CR before it).
    func end(of line: Int) -> Int {
        var end = starts[line + 1]
        if end > starts[line], bytes[end - 1] == newline { end -= 1 }
        if end > starts[line], bytes[end - 1] == carriageReturn { end -= 1 }
        return end
    }

    /// The column of the first byte that is not a space; nil for a blank or comment-only line. A tab there
    /// is content to a literal block's line, and no key or item to anything else (which then declines).
    func indent(of line: Int) throws -> Int? {
        let start = starts[line], end = end(of: line)
        var index = start
        while index < end, bytes[index] == space { index += 1 }
        if index == end || bytes[index] == hash { return nil }
        return index - start
    }

    private func byte(_ line: Int, _ column: Int) -> UInt8? {
        let index = starts[line] + column
        return index < end(of: line) ? bytes[index] : nil
    }

    /// Whether the content at `column` of `line` is a sequence item's `-`.
    private func isItem(_ line: Int, _ column: Int) -> Bool {
        guard byte(line, column) == dash else { return false }
        let next = byte(line, column + 1)
        return next == nil || next == space
    }

    // MARK: The document

    /// The whole document as one node.
    func root() throws -> Value {
        if let otherBreak { throw Unsupported(line: otherBreak, reason: "a line break other than LF or CRLF") }
        var line = 0
        while line < lineCount {
            if try indent(of: line) != nil {
                let start = starts[line]
                let text = bytes[start..<end(of: line)]
                if text.starts(with: "---".utf8) || text.first == UInt8(ascii: "%") {
                    throw Unsupported(line: line, reason: "directive or document marker")
                }
                break
            }
            line += 1
        }
        guard line < lineCount, let column = try indent(of: line) else { return .null }
        for later in line..<lineCount where try indent(of: later) == 0 {
            let start = starts[later]
            if bytes[start..<end(of: later)].starts(with: "---".utf8) || bytes[start..<end(of: later)].starts(with: "...".utf8) {
                throw Unsupported(line: later, reason: "more than one document")
            }
        }
        return try value(of: Block(line: line, column: column, end: lineCount))
    }

    /// What a block holds: a sequence, a mapping, or one scalar on its first line.
    func value(of block: Block) throws -> Value {
        if isItem(block.line, block.column) { return .sequence(block) }
        if try keyEnd(block.line, block.column) != nil { return .mapping(block) }
        let value = try inlineValue(block.line, from: block.column)
        try expectNothingMore(after: block.line, before: block.end)
        return value
    }

    // MARK: Mappings

    /// The entries of a mapping whose keys are at `block.column`.
    func entries(of block: Block) throws -> [(key: String, value: Value)] {
        var keyLines: [Int] = []
        var line = block.line
        while line < block.end {
            let column = line == block.line ? block.column : try indent(of: line)
            if let column {
                if column < block.column { throw Unsupported(line: line, reason: "less indented than its mapping") }
                if column == block.column && !isItem(line, column) { keyLines.append(line) }
            }
            line += 1
        }
        var entries: [(key: String, value: Value)] = []
        entries.reserveCapacity(keyLines.count)
        var seen = Set<String>(minimumCapacity: keyLines.count)
        for (index, keyLine) in keyLines.enumerated() {
            let column = block.column
            let next = index + 1 < keyLines.count ? keyLines[index + 1] : block.end
            guard let (key, after) = try keyEnd(keyLine, column) else {
                throw Unsupported(line: keyLine, reason: "not a key")
            }
            if !seen.insert(key).inserted { throw Unsupported(line: keyLine, reason: "duplicated key") }
            entries.append((key, try entryValue(keyLine, after: after, mappingColumn: block.column, end: next)))
        }
        return entries
    }

    /// The value after `key:`: inline, a literal block, or the lines below it.
    private func entryValue(_ line: Int, after column: Int, mappingColumn: Int, end: Int) throws -> Value {
        let start = skipSpaces(line, from: column)
        if let first = byte(line, start), first != hash {
            if first == pipe { return try literal(line, header: start, parentColumn: mappingColumn, end: end) }
            let value = try inlineValue(line, from: start)
            try expectNothingMore(after: line, before: end)
            return value
        }
        // The value is on the lines below: deeper than the key, or a sequence level with it.
        var below = line + 1
        while below < end, try indent(of: below) == nil { below += 1 }
        guard below < end, let column = try indent(of: below) else { return .null }
        if column == mappingColumn && !isItem(below, column) { throw Unsupported(line: below, reason: "key without value") }
        return try value(of: Block(line: below, column: column, end: end))
    }

    /// Where the key on `line` at `column` ends: the key and the column after its `:`; nil when the
    /// content there is no `key:`.
    private func keyEnd(_ line: Int, _ column: Int) throws -> (String, Int)? {
        let start = starts[line] + column, stop = end(of: line)
        guard start < stop else { return nil }
        let first = bytes[start]
        if first == singleQuote || first == doubleQuote {
            let (scalar, after) = try quoted(line, from: column)
            let index = starts[line] + after
            guard index < stop, bytes[index] == colon, index + 1 == stop || bytes[index + 1] == space else { return nil }
            return (scalar.text, after + 1)
        }
        if isIndicator(first) { return nil }
        var index = start
        while index < stop {
            let byte = bytes[index]
            if byte == colon && (index + 1 == stop || bytes[index + 1] == space) {
                var keyEnd = index
                while keyEnd > start, bytes[keyEnd - 1] == space { keyEnd -= 1 }
                return (String(decoding: bytes[start..<keyEnd], as: UTF8.self), index - starts[line] + 1)
            }
            if byte == hash && index > start && bytes[index - 1] == space { return nil }
            index += 1
        }
        return nil
    }

    // MARK: Sequences

    /// The line of the item after the one at `line` (or the block's first), nil at the end.
    func item(after line: Int?, in block: Block) throws -> Block? {
        var next = line.map { $0 + 1 } ?? block.line
        let column = block.column
        // The item's own lines are deeper; the next item is the next line level with its `-`.
        func itemStarts(_ candidate: Int) throws -> Bool {
            let indent = candidate == block.line ? block.column : try self.indent(of: candidate)
            guard let indent else { return false }
            if indent < column { throw Unsupported(line: candidate, reason: "less indented than its sequence") }
            guard indent == column else { return false }
            guard isItem(candidate, column) else { throw Unsupported(line: candidate, reason: "not an item") }
            return true
        }
        while next < block.end, try !itemStarts(next) { next += 1 }
        guard next < block.end else { return nil }
        var end = next + 1
        while end < block.end, try !itemStarts(end) { end += 1 }
        return Block(line: next, column: column, end: end)
    }

    /// What the item whose `-` is at `block` holds.
    func itemValue(_ block: Block) throws -> Value {
        let start = skipSpaces(block.line, from: block.column + 1)
        if let first = byte(block.line, start), first != hash {
            if first == pipe { return try literal(block.line, header: start, parentColumn: block.column, end: block.end) }
            return try value(of: Block(line: block.line, column: start, end: block.end))
        }
        var below = block.line + 1
        while below < block.end, try indent(of: below) == nil { below += 1 }
        guard below < block.end, let column = try indent(of: below) else { return .null }
        return try value(of: Block(line: below, column: column, end: block.end))
    }

    // MARK: Scalars

    /// A scalar, `[]` or `{}` on `line` from `column` to the line's end (a comment allowed after it).
    private func inlineValue(_ line: Int, from column: Int) throws -> Value {
        let start = starts[line] + column, stop = end(of: line)
        let first = bytes[start]
        if first == singleQuote || first == doubleQuote {
            let (scalar, after) = try quoted(line, from: column)
            try expectComment(line, from: after)
            return .scalar(scalar, line: line)
        }
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            let close = first == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            guard start + 1 < stop, bytes[start + 1] == close else { throw Unsupported(line: line, reason: "flow collection") }
            try expectComment(line, from: column + 2)
            return first == UInt8(ascii: "[") ? .emptySequence : .emptyMapping
        }
        // `-`, `?` and `:` start a plain scalar when a character other than a space follows ("-40").
        let startsPlain = (first == dash || first == colon || first == UInt8(ascii: "?")) && start + 1 < stop
            && bytes[start + 1] != space
        if isIndicator(first) && !startsPlain { throw Unsupported(line: line, reason: "indicator") }
        var index = start
        var textEnd = stop
        while index < stop {
            let byte = bytes[index]
            if byte == hash && bytes[index - 1] == space { textEnd = index; break }
            if byte == colon && (index + 1 == stop || bytes[index + 1] == space) {
                throw Unsupported(line: line, reason: "a mapping inside a plain scalar")
            }
            if byte == tab { throw Unsupported(line: line, reason: "tab in a plain scalar") }
            index += 1
        }
        while textEnd > start, bytes[textEnd - 1] == space { textEnd -= 1 }
        return .scalar(Scalar(text: String(decoding: bytes[start..<textEnd], as: UTF8.self), plain: true), line: line)
    }

    /// A quoted scalar on one line from `column`, and the column after its closing quote.
    private func quoted(_ line: Int, from column: Int) throws -> (Scalar, Int) {
        let start = starts[line] + column, stop = end(of: line)
        let quote = bytes[start]
        var out: [UInt8] = []
        var index = start + 1
        while index < stop {
            let byte = bytes[index]
            if quote == singleQuote {
                if byte == singleQuote {
                    if index + 1 < stop && bytes[index + 1] == singleQuote { out.append(singleQuote); index += 2; continue }
                    return (Scalar(text: String(decoding: out, as: UTF8.self), plain: false), index + 1 - starts[line])
                }
                out.append(byte)
                index += 1
                continue
            }
            if byte == doubleQuote {
                return (Scalar(text: String(decoding: out, as: UTF8.self), plain: false), index + 1 - starts[line])
            }
            if byte == backslash {
                guard index + 1 < stop else { throw Unsupported(line: line, reason: "escaped line break") }
                index = try escape(line, at: index + 1, stop: stop, into: &out)
                continue
            }
            out.append(byte)
            index += 1
        }
        throw Unsupported(line: line, reason: "quoted scalar over more than one line")
    }

    /// Appends what the escape whose letter is at `index` stands for; returns the index after it.
    private func escape(_ line: Int, at index: Int, stop: Int, into out: inout [UInt8]) throws -> Int {
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "0"): "\0", UInt8(ascii: "a"): "\u{07}", UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "t"): "\t",
            tab: "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "v"): "\u{0B}", UInt8(ascii: "f"): "\u{0C}",
            UInt8(ascii: "r"): "\r", UInt8(ascii: "e"): "\u{1B}", space: " ", doubleQuote: "\"", UInt8(ascii: "/"): "/",
            backslash: "\\", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}", UInt8(ascii: "L"): "\u{2028}",
            UInt8(ascii: "P"): "\u{2029}",
        ]
        let letter = bytes[index]
        if let scalar = simple[letter] {
            UTF8.encode(scalar) { out.append($0) }
            return index + 1
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: throw Unsupported(line: line, reason: "unknown escape")
        }
        guard index + digits < stop,
              let value = UInt32(String(decoding: bytes[(index + 1)...(index + digits)], as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(value) else {
            throw Unsupported(line: line, reason: "bad escape")
        }
        UTF8.encode(scalar) { out.append($0) }
        return index + digits + 1
    }

    /// A literal block (`|`, `|-`, `|+`) whose header is at `header` on `line`; its lines are deeper
    /// than `parentColumn`, up to `end`.
    private func literal(_ line: Int, header: Int, parentColumn: Int, end: Int) throws -> Value {
        var column = header + 1
        var chomp = UInt8(0)
        if let next = byte(line, column), next == dash || next == plus { chomp = next; column += 1 }
        try expectComment(line, from: column)
        // The content's indentation is its first non-blank line's.
        var first = line + 1
        while first < end, isBlank(first) { first += 1 }
        var lines: [String] = []
        if first < end {
            let start = starts[first]
            var indent = 0
            while start + indent < self.end(of: first), bytes[start + indent] == space { indent += 1 }
            if indent <= parentColumn { throw Unsupported(line: first, reason: "block not indented") }
            if bytes[start + indent] == tab { throw Unsupported(line: first, reason: "tab in indentation") }
            for content in (line + 1)..<end {
                let start = starts[content], stop = self.end(of: content)
                if isBlank(content) {
                    // Blank lines before the first text count too; spaces beyond the indentation are text.
                    lines.append(stop - start > indent ? String(decoding: bytes[(start + indent)..<stop], as: UTF8.self) : "")
                    continue
                }
                var leading = 0
                while start + leading < stop, bytes[start + leading] == space, leading < indent { leading += 1 }
                if leading < indent { throw Unsupported(line: content, reason: "block line less indented") }
                lines.append(String(decoding: bytes[(start + indent)..<stop], as: UTF8.self))
            }
        } else {
            lines = Array(repeating: "", count: end - line - 1)
        }
        // Chomping: `-` no final break, clip one, `+` all.
        var trailing = 0
        while let last = lines.last, last.isEmpty { lines.removeLast(); trailing += 1 }
        var text = lines.joined(separator: "\n")
        if !lines.isEmpty {
            switch chomp {
            case dash: break
            case plus: text += String(repeating: "\n", count: trailing + 1)
            default: text += "\n"
            }
        } else if chomp == plus {
            text = String(repeating: "\n", count: trailing)
        }
        return .scalar(Scalar(text: text, plain: false), line: line)
    }

    private func isBlank(_ line: Int) -> Bool {
        bytes[starts[line]..<end(of: line)].allSatisfy { $0 == space }
    }

    private func skipSpaces(_ line: Int, from column: Int) -> Int {
        var column = column
        while byte(line, column) == space { column += 1 }
        return column
    }

    private func expectComment(_ line: Int, from column: Int) throws {
        let column = skipSpaces(line, from: column)
        guard let next = byte(line, column) else { return }
        if next == hash && column > 0 && byte(line, column - 1) == space { return }
        throw Unsupported(line: line, reason: "text after a scalar")
    }

    /// The lines after an inline value, up to `end`, must be blank or comments.
    private func expectNothingMore(after line: Int, before end: Int) throws {
        var next = line + 1
        while next < end {
            if try indent(of: next) != nil { throw Unsupported(line: next, reason: "a scalar over more than one line") }
            next += 1
        }
    }

    private func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: "#"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), tab:
            return true
        case dash, colon:
            return true
        default:
            return false
        }
    }
}

private let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+"), pipe = UInt8(ascii: "|"), singleQuote = UInt8(ascii: "'")
private let doubleQuote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
