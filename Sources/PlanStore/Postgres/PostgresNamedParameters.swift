/// SQL written with named parameters (`:plan`, as SQLite takes them) numbered for PostgreSQL (`$1`):
/// each name gets one number however often it appears. A `::` cast, text in quotes and a name the
/// arguments do not hold are left as they are.
enum PostgresNamedParameters {
    static func numbered(_ sql: String, _ arguments: [String: ListingSQL.Argument]) -> (sql: String, values: [PGValue]) {
        var output = ""
        var values: [PGValue] = []
        var numbers: [String: Int] = [:]
        let characters = Array(sql)
        var index = 0
        var quoted = false
        while index < characters.count {
            let character = characters[index]
            if character == "'" { quoted.toggle() }
            let startsName = !quoted && character == ":" && index + 1 < characters.count
                && (characters[index + 1].isLetter || characters[index + 1] == "_")
                && (index == 0 || characters[index - 1] != ":")
            guard startsName else {
                output.append(character)
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
            let name = String(characters[(index + 1)..<end])
            guard let argument = arguments[name] else {
                output.append(contentsOf: characters[index..<end])
                index = end
                continue
            }
            let number: Int
            if let known = numbers[name] {
                number = known
            } else {
                switch argument {
                case .text(let text): values.append(.text(text))
                case .integer(let value): values.append(.int(value))
                }
                number = values.count
                numbers[name] = number
            }
            output += "$\(number)"
            index = end
        }
        return (output, values)
    }
}
