/// When a task is to be done: the text as printed, kept verbatim, and what it means.
public struct Timeframe: Codable, Sendable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case year              // "2030", "Năm 2025"
        case yearRange         // "Năm 2025 - 2026", "2025-2030"
        case quarter           // "Quý III năm 2029", "Quý II/2025"
        case month             // "6/2025", "Tháng 10/2025"
        case deadline          // "trước ngày 01/01/2030"
        case yearly            // "Hàng năm", "Hằng năm"
        case continuous        // "Thường xuyên"
        case continuousYearly  // "Thường xuyên, hàng năm"
        case openEnded         // "2025 và những năm tiếp theo"
        case periodic          // "Hằng tháng", "định kỳ hằng quý", "trước ngày 05 của tháng liền kề"
        case relative          // "Sau 03 tháng kể từ ngày ký": counted from the signing date when known
        case unknown           // kept and reported
    }

    /// The text exactly as the plan prints it (NFC).
    public var text: String
    public var kind: Kind
    /// First day of the period, where one exists.
    public var start: CalendarDate?
    /// Last day of the period (the deadline), where one exists.
    public var end: CalendarDate?
    /// A trailing remark such as "(Căn cứ khả năng bố trí vốn)", without its parentheses.
    public var note: String?

    public init(text: String, kind: Kind, start: CalendarDate? = nil, end: CalendarDate? = nil, note: String? = nil) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.note = note
    }

    /// A task with this timeframe has no single deadline.
    public var isRecurringOrContinuous: Bool {
        switch kind {
        case .yearly, .continuous, .continuousYearly, .periodic: return true
        default: return false
        }
    }

    /// Yearly tasks carry one status per year.
    public var hasYearlyInstances: Bool { kind == .yearly || kind == .continuousYearly }
}
