/// The objectives pane's catalogue, kept with the pane: each language switches over every case.
public enum ObjectivesText: PhraseCatalogue, Hashable {
    case title
    /// The `?` help of `e`.
    case recordValueHelp
    case valuePrompt
    case valueRecorded(year: Int, value: String)
    case badValue(String)
    case selectTargetFirst

    public static var everyPhrase: [ObjectivesText] {
        [.title, .recordValueHelp, .valuePrompt, .valueRecorded(year: 7401, value: "⟨value⟩"), .badValue("⟨text⟩"),
         .selectTargetFirst]
    }

    public var vietnamese: String {
        switch self {
        case .title: return "Mục tiêu"
        case .recordValueHelp: return "ghi giá trị"
        case .valuePrompt: return "Giá trị thực hiện (năm giá trị): "
        case .valueRecorded(let year, let value): return "Đã ghi năm \(year): \(value)"
        case .badValue(let text): return "Không hiểu “\(text)”: nhập năm rồi giá trị, ví dụ 2025 280"
        case .selectTargetFirst: return "Chọn một chỉ tiêu (dòng ◦) để ghi giá trị"
        }
    }

    public var english: String {
        switch self {
        case .title: return "Objectives"
        case .recordValueHelp: return "record value"
        case .valuePrompt: return "Actual value (year value): "
        case .valueRecorded(let year, let value): return "Recorded \(year): \(value)"
        case .badValue(let text): return "Cannot read “\(text)”: type the year, then the value, e.g. 2025 280"
        case .selectTargetFirst: return "Select a target (a ◦ line) to record a value"
        }
    }
}
