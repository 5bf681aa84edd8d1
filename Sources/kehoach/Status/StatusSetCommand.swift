import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct StatusSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text(vi: "Đặt tình trạng nhiệm vụ (chưa thực hiện, đang thực hiện, đã hoàn thành, tạm hoãn).",
                                en: "Set a task's status (not-started, in-progress, done, suspended)."),
        discussion: HelpText.text(vi: """
        STATUS là not-started, in-progress, done hoặc suspended, hoặc chữ tiếng Việt: "chưa thực hiện", \
        "đang thực hiện", "đã hoàn thành" (hoặc "hoàn thành"), "tạm hoãn" — dấu không bắt buộc. Nhiệm vụ \
        hàng năm có một tình trạng cho mỗi năm: --year, mặc định năm nay. Hoàn thành mà không có --done-on \
        nghĩa là hoàn thành hôm nay. Tiến độ và ghi chú không nêu thì giữ nguyên (hoàn thành đặt tiến độ \
        100); --note "" xoá ghi chú. Thay đổi bị từ chối, không ghi gì, nếu trong lúc đó người khác đã sửa \
        nhiệm vụ.
        """, en: """
        STATUS is not-started, in-progress, done or suspended, or the Vietnamese words: "chưa thực hiện", \
        "đang thực hiện", "đã hoàn thành" (or "hoàn thành"), "tạm hoãn" — diacritics optional. Yearly tasks \
        (hàng năm) take one status per year: --year, default this year. Done without --done-on means done \
        today. Progress and note, when not given, stay as they were (done sets progress to 100); --note "" \
        clears the note. The change is refused, and nothing written, if someone else changed the task \
        meanwhile.
        """) + "\n\n" + HelpText.examples("""
          kehoach status set kon-tum-3785 II.1 done --done-on 30/06/2025
          kehoach status set thai-nguyen 3.2 "dang thuc hien" --progress 40
          kehoach status set kon-tum-3785 I.1 "hoàn thành" --year 2025 --as "Lan"
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch (xem `kehoach plans`).", en: "The plan id (see `kehoach plans`)."), completion: StoreCompletion.planIDs)
    var plan: String

    @Argument(help: HelpText.option(vi: "Mã nhiệm vụ như trong văn bản (1.1, III.2).", en: "The task code as printed (1.1, III.2)."), completion: StoreCompletion.taskCodes)
    var code: String

    @Argument(help: HelpText.option(vi: "Tình trạng mới.", en: "The new status."))
    var status: String

    @Option(help: HelpText.option(vi: "Tiến độ theo phần trăm, 0–100.", en: "Progress in percent, 0–100."))
    var progress: Int?

    @Option(help: HelpText.option(vi: "Ghi chú.", en: "A note (ghi chú)."))
    var note: String?

    @Option(help: HelpText.option(vi: "Với nhiệm vụ hàng năm: năm của tình trạng này (mặc định: năm nay).", en: "For yearly tasks: the year this status is for (default: this year)."))
    var year: Int?

    @Option(help: HelpText.option(vi: "Ngày hoàn thành: 2025-06-30 hoặc 30/06/2025 (mặc định: hôm nay).", en: "The day the task was done: 2025-06-30 or 30/06/2025 (default: today)."))
    var doneOn: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        guard let newStatus = Labels.parseStatus(status) else {
            throw CommandSupport.Failure(message: l.pick(
                vi: "không hiểu trạng thái \"\(status)\"; dùng: chưa thực hiện, đang thực hiện, đã hoàn thành, tạm hoãn",
                en: "unknown status \"\(status)\"; use: not-started, in-progress, done, suspended"), code: 1)
        }
        if let progress, !(0...100).contains(progress) {
            throw CommandSupport.Failure(message: l.pick(vi: "--progress \(progress): phải trong khoảng 0–100",
                                                         en: "--progress \(progress): must be within 0–100"), code: 1)
        }
        var doneDate: CalendarDate?
        if let doneOn {
            guard let date = Labels.parseDate(doneOn) else {
                throw CommandSupport.Failure(message: l.pick(vi: "--done-on \(doneOn): ngày không hợp lệ (30/06/2025 hoặc 2025-06-30)",
                                                             en: "--done-on \(doneOn): not a date (30/06/2025 or 2025-06-30)"), code: 1)
            }
            guard newStatus == .done else {
                throw CommandSupport.Failure(message: l.pick(vi: "--done-on chỉ dùng với trạng thái đã hoàn thành",
                                                             en: "--done-on goes with the status done only"), code: 1)
            }
            doneDate = date
        }
        let (summary, plan) = try context.resolvePlan(self.plan)
        let task = try context.resolveTask(code, in: plan, planID: summary.id)
        let key: StatusKey
        if task.timeframe.hasYearlyInstances {
            key = StatusKey(taskCode: task.code, year: year ?? Labels.today().year)
        } else {
            if let year {
                throw CommandSupport.Failure(message: l.pick(
                    vi: "nhiệm vụ \(task.code) không phải nhiệm vụ hàng năm (thời hạn: \(task.timeframe.text)); bỏ --year \(year)",
                    en: "task \(task.code) is not yearly (timeframe: \(task.timeframe.text)); drop --year \(year)"), code: 1)
            }
            key = StatusKey(taskCode: task.code)
        }
        // Read and written in one transaction: what "as they were" means is what the store holds then.
        let newNote = note.map(\.cleaned)
        let (current, applied) = try context.attempt {
            try context.store.applyToCurrent(key, planID: summary.id, by: context.user) { current in
                StatusChange(key: key, status: newStatus,
                             progress: progress ?? Self.carriedProgress(current, to: newStatus),
                             note: newNote.map { $0.isEmpty ? nil : $0 } ?? current?.note,
                             doneOn: newStatus == .done ? (doneDate ?? Labels.today()) : nil,
                             basedOnVersion: current?.version ?? 0)
            }
        }
        for record in applied.records {
            StandardOutput.print("\(summary.id) \(StoreErrorText.label(record.key)): \(Labels.summary(current, l)) → \(Labels.summary(record, l))"
                  + l.pick(vi: " · phiên bản \(record.version) · \(context.user)", en: " · version \(record.version) · \(context.user)"))
        }
    }

    /// Done means 100%; not started means none; otherwise the last recorded figure stands.
    static func carriedProgress(_ current: StatusRecord?, to status: TaskStatus) -> Int? {
        switch status {
        case .done: return 100
        case .notStarted: return nil
        case .inProgress, .suspended: return current?.progress
        }
    }
}
