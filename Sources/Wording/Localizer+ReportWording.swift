import PlanKit

/// The report speaks the interface's language: standing, status and target words come from the same
/// catalogues as the screen (`PlanWord`, `StatusWord`); the report's own phrases from `ReportPhrase+Vietnamese/English`.
extension Localizer: ReportWording {
    public func phrase(_ phrase: ReportPhrase) -> String { phrase.text(language) }

    // `standing(_:short:)` is the Localizer's own.

    public func status(_ status: TaskStatus) -> String { self(StatusWord(status)) }

    public func changeKind(_ kind: StatusChangeRecord.Kind) -> String {
        switch kind {
        case .edit: return self(PlanWord.historyKind(.edit))
        case .undo: return self(PlanWord.historyKind(.undo))
        case .redo: return self(PlanWord.historyKind(.redo))
        case .importPlan: return self(PlanWord.historyKind(.importPlan))
        }
    }

    /// "khoảng 300 nhân lực mỗi năm".
    public func target(_ target: Target) -> String {
        var words: [String] = []
        let qualifier = self(PlanWord.targetQualifier(target.qualifier))
        if !qualifier.isEmpty { words.append(qualifier) }
        words.append(target.valueText)
        if !target.unit.isEmpty { words.append(target.unit) }
        switch target.period {
        case .none: break
        case .perYear: words.append(self(PlanWord.targetPerYear))
        case .byYear(let year): words.append(self(PlanWord.targetByYear(year)))
        }
        return words.joined(separator: " ")
    }

    public func number(_ value: Double) -> String {
        NumberText.format(value, grouping: language == .vi ? "." : ",", decimal: language == .vi ? "," : ".")
    }

    public func percent(_ share: Double) -> String {
        NumberText.format((share * 1000).rounded() / 10, grouping: language == .vi ? "." : ",",
                          decimal: language == .vi ? "," : ".", fractionDigits: 1) + "%"
    }
}

/// Numbers as Vietnamese ("1.000", "197,61") or English ("1,000", "197.61") write them; no locale
/// database involved, so the output is the same on every machine.
enum NumberText {
    static func format(_ value: Double, grouping: String, decimal: String, fractionDigits: Int = 2) -> String {
        let scale = (0..<fractionDigits).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = String(Int(scaled.truncatingRemainder(dividingBy: scale)))
        fraction = String(repeating: "0", count: max(0, fractionDigits - fraction.count)) + fraction
        while fraction.last == "0" && fractionDigits > 1 && fraction.count > 1 { fraction.removeLast() }
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = grouping + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = value < 0 && scaled > 0 ? "-" : ""
        let showsFraction = fractionDigits > 0 && !(fractionDigits > 1 && fraction == "0")
        return sign + grouped + (showsFraction ? decimal + fraction : "")
    }
}
