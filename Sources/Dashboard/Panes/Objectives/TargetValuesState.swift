import PlanKit
import PlanStore

/// Actual values recorded against the current plan's targets, as the store last reported them.
public struct TargetValuesState: Sendable {
    /// The plan the values belong to; values of another plan are never shown.
    public private(set) var planID: String?
    public private(set) var values: [TargetValue] = []

    public init() {}

    mutating func replace(planID: String, _ values: [TargetValue]) {
        self.planID = planID
        self.values = values
    }

    /// A target's values, earliest year first.
    public func history(objective: Int, target: Int) -> [TargetValue] {
        values.filter { $0.objectiveIndex == objective && $0.targetIndex == target }.sorted { $0.year < $1.year }
    }
}

/// How far a recorded value goes towards its target.
public enum TargetProgress {
    /// The share of the target reached (1.0 = reached); nil for a zero target.
    public static func fraction(_ value: Double, of target: Target) -> Double? {
        guard target.value > 0 else { return nil }
        return value / target.value
    }

    /// "93%".
    public static func percent(_ value: Double, of target: Target) -> String? {
        fraction(value, of: target).map { "\(Int(($0 * 100).rounded()))%" }
    }

    /// A number as Vietnamese documents print it: "1.000", "12,5".
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = (rounded < 0 ? "-" : "") + digits + grouped
        let fraction = abs(rounded - Double(whole))
        guard fraction >= 0.005 else { return grouped }
        let cents = Int((fraction * 100).rounded())
        let decimals = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return grouped + "," + decimals
    }

    /// The target's value with its qualifier as a sign: "~300", "≥01" (ASCII: "~300", ">=01").
    public static func goal(_ target: Target, unicode: Bool) -> String {
        switch target.qualifier {
        case .exact: return target.valueText
        case .about: return "~" + target.valueText
        case .atLeast: return (unicode ? "≥" : ">=") + target.valueText
        case .atMost: return (unicode ? "≤" : "<=") + target.valueText
        }
    }

    /// "2026 280" or "2026: 1.000" → (2026, 1000): a four-digit year, then the value as Vietnamese or plain digits.
    public static func parseEntry(_ text: String) -> (year: Int, value: Double)? {
        let parts = text.replacingOccurrences(of: ":", with: " ").split(separator: " ")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1900...2200).contains(year) else {
            return nil
        }
        let raw = String(parts[1])
        let value = VietnameseNumber.parse(raw) ?? Double(raw)
        guard let value, value.isFinite, value >= 0 else { return nil }
        return (year, value)
    }
}
