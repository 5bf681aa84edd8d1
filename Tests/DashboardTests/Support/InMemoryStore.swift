import Foundation
import PlanKit
import PlanStore

/// A small Store for tests: plans, statuses, history and settings in memory, with a change token
/// that moves on every write (as another process's commit would).
final class InMemoryStore: Store, @unchecked Sendable {
    private let lock = NSLock()
    private var planList: [(summary: PlanSummary, plan: Plan)] = []
    private var statusTable: [String: [StatusKey: StatusRecord]] = [:]
    private var historyTable: [String: [HistoryEntry]] = [:]
    private var settings: [String: String] = [:]
    private var targetTable: [String: [TargetValue]] = [:]
    private var resultTable: [String: [ResultKey: TaskResult]] = [:]
    private var sectionTable: [String: [String: AgencySections]] = [:]
    private var revisions: [String: [ResultRevision]] = [:]
    private var token: Int64 = 1
    private var nextBatch: Int64 = 1
    /// When set, every write fails with this error (a read-only database).
    var failWrites: StoreError?

    init(plans: [(id: String, plan: Plan)] = []) {
        for entry in plans { add(entry.plan, id: entry.id) }
    }

    func add(_ plan: Plan, id: String) {
        lock.withLock {
            let summary = PlanSummary(id: id, number: plan.identity.number, title: plan.identity.title,
                                      issuer: plan.identity.issuer, taskCount: plan.tasks.count,
                                      importedAt: Date(timeIntervalSince1970: 0))
            planList.append((summary, plan))
            token += 1
        }
    }

    func plans() throws -> [PlanSummary] { lock.withLock { planList.map(\.summary) } }
    func plan(id: String) throws -> Plan? { lock.withLock { planList.first { $0.summary.id == id }?.plan } }
    func sourceText(planID: String) throws -> String? { nil }

    func importPlan(_ plan: Plan, sourceText: String, by user: String) throws -> ImportOutcome {
        let id = plan.identity.slug
        add(plan, id: id)
        return ImportOutcome(planID: id, isNew: true, unchanged: false, addedTasks: plan.tasks.map(\.code),
                             removedTasks: [], changedTasks: [])
    }

    func removePlan(id: String) throws { lock.withLock { planList.removeAll { $0.summary.id == id } } }

    func statuses(planID: String) throws -> [StatusKey: StatusRecord] {
        let read = lock.withLock { () -> [StatusKey: StatusRecord] in
            statusReads += 1
            return statusTable[planID] ?? [:]
        }
        let count = lock.withLock { statusReads }
        afterStatusesRead?(count)
        if let failStatusReads, count >= failStatusReads.from { throw failStatusReads.error }
        return read
    }

    /// When set, the read of statuses numbered `from` and every one after it fail with `error` (a store
    /// gone while a large plan loads in the background).
    var failStatusReads: (from: Int, error: StoreError)?

    /// Called after every read of statuses with the number of reads so far (from whichever thread read):
    /// a test holds a background load here to edit between its read and its arrival.
    var afterStatusesRead: (@Sendable (Int) -> Void)?
    private var statusReads = 0

    func apply(_ changes: [StatusChange], planID: String, by user: String) throws -> AppliedChanges {
        try lock.withLock {
            if let failWrites { throw failWrites }
            var table = statusTable[planID] ?? [:]
            for change in changes {
                let current = table[change.key]
                if (current?.version ?? 0) != change.basedOnVersion, let current {
                    throw StoreError.conflict(key: change.key, current: current, basedOnVersion: change.basedOnVersion)
                }
            }
            let batch = nextBatch
            nextBatch += 1
            var records: [StatusRecord] = []
            for change in changes {
                let before = table[change.key]
                let record = StatusRecord(key: change.key, status: change.status, progress: change.progress,
                                          note: change.note, doneOn: change.doneOn, version: (before?.version ?? 0) + 1,
                                          updatedBy: user, updatedAt: Date(timeIntervalSince1970: 1_790_000_000))
                table[change.key] = record
                records.append(record)
                let entry = HistoryEntry(id: Int64(historyTable[planID, default: []].count + 1), batch: batch,
                                         key: change.key, at: Date(timeIntervalSince1970: 1_790_000_000), who: user,
                                         kind: .edit, from: before, to: record)
                historyTable[planID, default: []].append(entry)
            }
            statusTable[planID] = table
            token += 1
            return AppliedChanges(records: records, batch: batch)
        }
    }

    func undo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges { throw StoreError.nothingToUndo }
    func redo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges { throw StoreError.nothingToRedo }
    func undoLast(planID: String, by user: String) throws -> AppliedChanges { throw StoreError.nothingToUndo }
    func redoLast(planID: String, by user: String) throws -> AppliedChanges { throw StoreError.nothingToRedo }

    func history(planID: String, taskCode: String?) throws -> [HistoryEntry] {
        lock.withLock { (historyTable[planID] ?? []).filter { taskCode == nil || $0.key.taskCode == taskCode } }
    }


    func targetValues(planID: String) throws -> [TargetValue] {
        lock.withLock {
            (targetTable[planID] ?? []).sorted {
                ($0.objectiveIndex, $0.targetIndex, $0.year) < ($1.objectiveIndex, $1.targetIndex, $1.year)
            }
        }
    }

    /// Records or replaces the value of a target for a year, like the SQLite store.
    func recordTargetValue(_ value: TargetValue, planID: String, by user: String) throws {
        try lock.withLock {
            if let failWrites { throw failWrites }
            guard let plan = planList.first(where: { $0.summary.id == planID })?.plan else {
                throw StoreError.planNotFound(planID)
            }
            guard plan.objectives.indices.contains(value.objectiveIndex),
                  plan.objectives[value.objectiveIndex].targets.indices.contains(value.targetIndex) else {
                throw StoreError.targetNotFound(plan: planID, objective: value.objectiveIndex, target: value.targetIndex)
            }
            var list = targetTable[planID] ?? []
            list.removeAll {
                $0.objectiveIndex == value.objectiveIndex && $0.targetIndex == value.targetIndex && $0.year == value.year
            }
            list.append(value)
            targetTable[planID] = list
            token += 1
        }
    }

    /// When set, the change token cannot be read (a shared server out of reach, issue 13).
    var unreachable: StoreError?

    /// The login's rights, as a shared store reports them (issue 13); every task by default.
    var rights: EditRights = .everyTask
    var editRights: EditRights { rights }

    func changeToken() throws -> Int64 {
        try lock.withLock {
            if let unreachable { throw unreachable }
            return token
        }
    }

    func setting(_ name: String) throws -> String? { lock.withLock { settings[name] } }
    func setSetting(_ name: String, to value: String?) throws {
        try lock.withLock {
            if let failWrites { throw failWrites }
            settings[name] = value
            token += 1
        }
    }

    func results(planID: String) throws -> [TaskResult] {
        lock.withLock { (resultTable[planID] ?? [:]).values.sorted { ($0.key.period, $0.key.taskCode, $0.key.agency) < ($1.key.period, $1.key.taskCode, $1.key.agency) } }
    }

    func saveResult(_ result: TaskResult, planID: String, by user: String) throws -> TaskResult {
        try lock.withLock {
            if let failWrites { throw failWrites }
            guard let plan = planList.first(where: { $0.summary.id == planID })?.plan else { throw StoreError.planNotFound(planID) }
            let stored = try ResultRules.prepare(result, plan: plan, planID: planID, current: resultTable[planID]?[result.key],
                                                 by: user, at: Date())
            resultTable[planID, default: [:]][result.key] = stored
            revisions[planID, default: []].append(ResultRevision(at: stored.updatedAt ?? Date(), who: user, result: stored))
            token += 1
            return stored
        }
    }

    func agencySections(planID: String) throws -> [AgencySections] {
        lock.withLock { (sectionTable[planID] ?? [:]).values.sorted { ($0.period, $0.agency) < ($1.period, $1.agency) } }
    }

    func saveSections(_ sections: AgencySections, planID: String, by user: String) throws -> AgencySections {
        try lock.withLock {
            if let failWrites { throw failWrites }
            guard let plan = planList.first(where: { $0.summary.id == planID })?.plan else { throw StoreError.planNotFound(planID) }
            let name = "\(sections.period.code)/\(sections.agency)"
            let stored = try ResultRules.prepare(sections, plan: plan, planID: planID, current: sectionTable[planID]?[name],
                                                 by: user, at: Date())
            sectionTable[planID, default: [:]][name] = stored
            revisions[planID, default: []].append(ResultRevision(at: stored.updatedAt ?? Date(), who: user, sections: stored))
            token += 1
            return stored
        }
    }

    func resultHistory(planID: String) throws -> [ResultRevision] { lock.withLock { revisions[planID] ?? [] } }
}
