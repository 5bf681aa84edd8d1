import PlanKit
import PlanStore

/// The paragraph the `kehoach` command prints after the dashboard quits: how many tasks this session
/// changed, where they now stand by status, and how often it undid or redid.
public enum SessionSummary {
    /// `originals` holds each status as it was before the session first changed it: a status brought back
    /// to that (by undo, or by hand) was not changed.
    public static func text(_ batches: [AppliedChangesRecord], originals: [String: [StatusKey: StatusRecord]] = [:],
                            plans: [PlanSummary], language: Language) -> String? {
        guard !batches.isEmpty else { return nil }
        let text = Localizer(language)
        var planOrder: [String] = []
        var latest: [String: [StatusKey: StatusRecord]] = [:]
        var undos = 0
        var redos = 0
        for batch in batches {
            if latest[batch.planID] == nil { planOrder.append(batch.planID) }
            // Later batches win: the summary says where each status ended, not every step on the way.
            for record in batch.changes.records { latest[batch.planID, default: [:]][record.key] = record }
            if batch.kind == .undo { undos += 1 }
            if batch.kind == .redo { redos += 1 }
        }
        var sentences: [String] = []
        for planID in planOrder {
            let records = (latest[planID] ?? [:]).filter { key, record in
                guard let original = originals[planID]?[key] else { return true }
                return !sameContent(original, record)
            }
            guard !records.isEmpty else { continue }
            var counts: [TaskStatus: Int] = [:]
            for record in records.values { counts[record.status, default: 0] += 1 }
            let statuses = TaskStatus.displayOrder.compactMap { status in
                counts[status].map { text(.editing(.summaryStatusCount($0, status))) }
            }
            let plan = plans.first { $0.id == planID }.flatMap(\.number) ?? planID
            sentences.append(text(.editing(.summaryPlan(tasks: records.count, plan: plan,
                                                        statuses: statuses.joined(separator: ", ")))))
        }
        if sentences.isEmpty && undos + redos == 0 { return nil }
        if sentences.isEmpty { sentences.append(text(.editing(.summaryNoNetChange))) }
        if undos + redos > 0 { sentences.append(text(.editing(.summaryReplays(undos: undos, redos: redos)))) }
        return sentences.joined(separator: " ")
    }
}

extension SessionSummary {
    /// Equal in what people record; versions and authorship aside.
    static func sameContent(_ a: StatusRecord, _ b: StatusRecord) -> Bool {
        a.status == b.status && a.progress == b.progress && a.note == b.note && a.doneOn == b.doneOn
    }
}

extension TaskStatus {
    /// Done first: what a meeting reports on.
    static let displayOrder: [TaskStatus] = [.done, .inProgress, .notStarted, .suspended]
}
