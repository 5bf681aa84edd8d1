/// One objective of a plan (a bullet under *Mục tiêu*), with the numeric targets read from it.
public struct Objective: Codable, Sendable, Equatable {
    public var level: ObjectiveLevel
    /// The heading the objective stands under, as printed ("Mục tiêu chung", "Đến năm 2030").
    public var heading: String
    public var text: String
    public var targets: [Target]
    public var sourceLine: Int

    public init(level: ObjectiveLevel, heading: String, text: String, targets: [Target], sourceLine: Int) {
        self.level = level
        self.heading = heading
        self.text = text
        self.targets = targets
        self.sourceLine = sourceLine
    }
}

/// General objectives, or specific ones to reach by a year; `other` keeps any other heading.
public enum ObjectiveLevel: Sendable, Equatable, Hashable, Codable {
    case general
    case byYear(Int)
    case other

    public var code: String {
        switch self {
        case .general: return "general"
        case .byYear(let year): return "by-\(year)"
        case .other: return "other"
        }
    }

    public init?(code: String) {
        switch code {
        case "general": self = .general
        case "other": self = .other
        default:
            guard code.hasPrefix("by-"), let year = Int(code.dropFirst(3)) else { return nil }
            self = .byYear(year)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let level = ObjectiveLevel(code: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown objective level \(code)")
        }
        self = level
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

/// A number an objective commits to: "khoảng 300 nhân lực mỗi năm" is about 300 people per year.
public struct Target: Codable, Sendable, Equatable, Hashable {
    public enum Qualifier: String, Codable, Sendable, CaseIterable {
        case exact, about, atLeast, atMost
    }

    public enum Period: Sendable, Equatable, Hashable, Codable {
        case none
        case perYear
        case byYear(Int)

        public var code: String {
            switch self {
            case .none: return "none"
            case .perYear: return "per-year"
            case .byYear(let y): return "by-\(y)"
            }
        }

        public init?(code: String) {
            switch code {
            case "none": self = .none
            case "per-year": self = .perYear
            default:
                guard code.hasPrefix("by-"), let y = Int(code.dropFirst(3)) else { return nil }
                self = .byYear(y)
            }
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            let code = try container.decode(String.self)
            guard let period = Period(code: code) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown target period \(code)")
            }
            self = period
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    public var value: Double
    /// The number as printed ("1.000", "01", "197,61").
    public var valueText: String
    public var qualifier: Qualifier
    public var unit: String
    public var period: Period
    /// The words the target was read from.
    public var phrase: String

    public init(value: Double, valueText: String, qualifier: Qualifier, unit: String, period: Period, phrase: String) {
        self.value = value
        self.valueText = valueText
        self.qualifier = qualifier
        self.unit = unit
        self.period = period
        self.phrase = phrase
    }
}
