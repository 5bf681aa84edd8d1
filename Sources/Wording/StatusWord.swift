import PlanKit

/// A task status as the screen and the store's errors name it.
public struct StatusWord: PhraseCatalogue, Hashable {
    public let status: TaskStatus

    public init(_ status: TaskStatus) { self.status = status }

    public static var everyPhrase: [StatusWord] { TaskStatus.allCases.map(StatusWord.init) }

    public var vietnamese: String {
        switch status {
        case .notStarted: return "Chưa thực hiện"
        case .inProgress: return "Đang thực hiện"
        case .done: return "Đã hoàn thành"
        case .suspended: return "Tạm hoãn"
        }
    }

    public var english: String {
        switch status {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .done: return "Done"
        case .suspended: return "Suspended"
        }
    }
}
