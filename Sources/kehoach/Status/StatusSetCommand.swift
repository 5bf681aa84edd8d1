import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct StatusSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text(.statusSetAbstract),
        discussion: HelpText.text(.statusSetDiscussion) + "\n\n" + HelpText.examples("""
          kehoach status set kon-tum-3785 II.1 done --done-on 30/06/2025
          kehoach status set thai-nguyen 3.2 "dang thuc hien" --progress 40
          kehoach status set kon-tum-3785 I.1 "hoàn thành" --year 2025 --as "Lan"
        """)
    )

    @Argument(help: HelpText.option(.planArgument), completion: StoreCompletion.planIDs)
    var plan: String

    @Argument(help: HelpText.option(.taskCodeArgument), completion: StoreCompletion.taskCodes)
    var code: String

    @Argument(help: HelpText.option(.statusSetStatus))
    var status: String

    @Option(help: HelpText.option(.statusSetProgress))
    var progress: Int?

    @Option(help: HelpText.option(.statusSetNote))
    var note: String?

    @Option(help: HelpText.option(.statusSetYear))
    var year: Int?

    @Option(help: HelpText.option(.statusSetDoneOn))
    var doneOn: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        guard let newStatus = Labels.parseStatus(status) else {
            throw CommandSupport.Failure(message: l(CommandMessage.statusSetUnknownStatusUseNot(status: status)), code: 1)
        }
        if let progress, !(0...100).contains(progress) {
            throw CommandSupport.Failure(message: l(CommandMessage.statusSetProgressMustWithin(progress: progress)), code: 1)
        }
        var doneDate: CalendarDate?
        if let doneOn {
            guard let date = Labels.parseDate(doneOn) else {
                throw CommandSupport.Failure(message: l(CommandMessage.statusSetDoneNotDate(doneOn: doneOn)), code: 1)
            }
            guard newStatus == .done else {
                throw CommandSupport.Failure(message: l(CommandWord.statusSetDoneGoesStatusDone), code: 1)
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
                throw CommandSupport.Failure(message: l(CommandMessage.statusSetTaskNotYearlyTimeframe(
                    taskCode: task.code, timeframeText: task.timeframe.text, year: year)), code: 1)
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
                  + l(CommandMessage.statusSetSaved(version: record.version, user: context.user)))
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
