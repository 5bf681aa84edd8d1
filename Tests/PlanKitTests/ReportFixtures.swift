import Foundation
@testable import PlanKit

/// The recorded statuses the report tests use, as of 2026-11-23 (the hand counts in ReportTests are of these).
enum ReportFixtures {
    static let asOf = TestSupport.date("2026-11-23")

    static func record(_ code: String, year: Int? = nil, _ status: TaskStatus, progress: Int? = nil,
                       doneOn: String? = nil, note: String? = nil) -> StatusRecord {
        StatusRecord(key: StatusKey(taskCode: code, year: year), status: status, progress: progress, note: note,
                     doneOn: doneOn.map(TestSupport.date), version: 1, updatedBy: "Lan")
    }

    static func statuses(_ records: [StatusRecord]) -> [StatusKey: StatusRecord] {
        Dictionary(uniqueKeysWithValues: records.map { ($0.key, $0) })
    }

    static let konTumStatuses = statuses([
        record("I.1", year: 2026, .done, progress: 100, doneOn: "2026-06-30"),
        record("I.2", .done, progress: 100, doneOn: "2026-03-01"),
        record("II.1", .inProgress, progress: 40, note: "Đã họp lần 1"),
        record("III.1", .suspended),
        record("III.2", .inProgress),
        record("VII.1", year: 2026, .inProgress),
        record("VII.3", .done, doneOn: "2026-01-10"),
    ])

    static let thaiNguyenStatuses = statuses([
        record("1.1", .inProgress, progress: 70),
        record("1.2", .done, progress: 100, doneOn: "2025-12-20"),
        record("1.3", .done, progress: 100, doneOn: "2026-02-10"),
        record("3.1", .inProgress, progress: 60, note: "Chờ ý kiến các sở"),
        record("4.2", .suspended),
        record("5.2", .done, progress: 100, doneOn: "2026-05-05"),
        record("6", .inProgress),
    ])

    static let thaiNguyenChanges: [StatusChangeRecord] = [
        StatusChangeRecord(key: StatusKey(taskCode: "1.2"), on: TestSupport.date("2025-12-20"), who: "Lan", kind: .edit,
                           from: nil, to: .done, progress: 100, doneOn: TestSupport.date("2025-12-20")),
        StatusChangeRecord(key: StatusKey(taskCode: "1.3"), on: TestSupport.date("2026-02-10"), who: "Minh", kind: .edit,
                           from: nil, to: .done, progress: 100, doneOn: TestSupport.date("2026-02-10")),
        StatusChangeRecord(key: StatusKey(taskCode: "3.1"), on: TestSupport.date("2026-04-02"), who: "Lan", kind: .edit,
                           from: nil, to: .inProgress, progress: 60, note: "Chờ ý kiến các sở"),
        StatusChangeRecord(key: StatusKey(taskCode: "5.2"), on: TestSupport.date("2026-05-05"), who: "Hùng", kind: .edit,
                           from: .inProgress, to: .done, progress: 100, doneOn: TestSupport.date("2026-05-05")),
    ]

    /// "Mỗi năm tuyển và đào tạo khoảng 300 nhân lực…": objective 6, target 0 of the Thái Nguyên plan.
    static let thaiNguyenValues = [
        TargetValue(objectiveIndex: 6, targetIndex: 0, year: 2025, value: 250),
        TargetValue(objectiveIndex: 6, targetIndex: 0, year: 2026, value: 280, note: "đến tháng 10"),
    ]
}
