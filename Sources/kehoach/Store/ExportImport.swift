import Wording
import Foundation
import PlanKit
import PlanStore

/// `kehoach import FILE.yaml`: reads back an export (perhaps corrected by hand). The plan goes through
/// the store's normal re-import (statuses of tasks whose code still exists are kept); then the file's
/// statuses and target values are applied where they differ, as one batch in the history.
enum ExportImport {
    /// A `.yaml`/`.yml` file, or any file whose first lines say `format: kehoach-plan/…`.
    static func isExport(path: String, data: Data) -> Bool {
        isExport(path: path) || PlanExport.looksLikeExport(String(decoding: data.prefix(4096), as: UTF8.self))
    }

    static func isExport(path: String) -> Bool {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext == "yaml" || ext == "yml"
    }

    static func read(path: String, data: Data, _ l: Language) throws -> (export: PlanExport, plan: Plan, statuses: [StatusKey: StatusRecord],
                                                          values: [TargetValue], text: String) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandSupport.Failure(message: l(CommandMessage.exportImportNotUtfText(path: path)), code: 2)
        }
        do {
            let export = try PlanExport.fromYAML(text)
            let read = try export.read(directory: try? AgencyDirectory.bundled())
            return (export, read.plan, read.statuses, read.recordedValues, text)
        } catch let error as PlanExportError {
            throw CommandSupport.Failure(message: "\(path): " + l(CommandMessage.invalidExport(reason: l(error))), code: 2)
        }
    }

    static func store(path: String, plan: Plan, statuses: [StatusKey: StatusRecord], values: [TargetValue],
                      text: String, global: GlobalOptions) throws {
        let context = try StoreContext.open(global, importBundled: false)
        let l = context.language
        let store = context.store
        var plan = plan
        let existing = try context.attempt { try matchingPlan(plan, in: store) }
        let outcome: ImportOutcome?
        if let existing, sameContent(existing.plan, plan) {
            outcome = nil
        } else {
            // A corrected plan is no longer the published text: a new digest makes the store take it,
            // while the published text stays the plan's source for reference.
            if existing != nil || plan.sourceDigest.isEmpty { plan.sourceDigest = SHA256.hex(of: text.nfc) }
            var source = text
            if let existing, let published = try context.attempt({ try store.sourceText(planID: existing.id) }) {
                source = published
            }
            outcome = try context.attempt { try store.importPlan(plan, sourceText: source, by: context.user) }
        }
        guard let planID = outcome?.planID ?? existing?.id else { return }

        let current = try context.attempt { try store.statuses(planID: planID) }
        let order = Dictionary(plan.tasks.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let changes = statuses.values
            .filter { record in
                guard let now = current[record.key] else { return true }
                return now.status != record.status || now.progress != record.progress || now.doneOn != record.doneOn
                    || now.note != record.note
            }
            .sorted { (order[$0.key.taskCode] ?? 0, $0.key.year ?? 0) < (order[$1.key.taskCode] ?? 0, $1.key.year ?? 0) }
            .map { StatusChange(key: $0.key, status: $0.status, progress: $0.progress, note: $0.note, doneOn: $0.doneOn,
                                basedOnVersion: current[$0.key]?.version ?? 0) }
        var batch: Int64?
        if !changes.isEmpty {
            batch = try context.attempt { try store.apply(changes, planID: planID, by: context.user) }.batch
        }
        let recorded = Set(try context.attempt { try store.targetValues(planID: planID) })
        var valueCount = 0
        for value in values where !recorded.contains(value) {
            try context.attempt {
                try store.recordTargetValue(value, planID: planID, by: context.user)
            }
            valueCount += 1
        }

        if let outcome {
            if outcome.isNew {
                StandardOutput.print(l(CommandMessage.exportImportStoredTasksFrom(
                    planID: planID, tasksCount: plan.tasks.count, path: path, locationPath: context.location.path)))
            } else {
                func list(_ codes: [String]) -> String { codes.isEmpty ? "—" : codes.joined(separator: ", ") }
                StandardOutput.print(l(CommandMessage.planUpdatedFromFile(
                    plan: planID, path: path, added: list(outcome.addedTasks), removed: list(outcome.removedTasks),
                    changed: list(outcome.changedTasks))))
            }
        } else {
            StandardOutput.print(l(CommandMessage.exportImportPlanUnchanged(planID: planID)))
        }
        let batchText = batch.map { " (#\($0))" } ?? ""
        StandardOutput.print(l(CommandMessage.exportImportStatusesUpdatedTargetValues(
            changesCount: changes.count, batchText: batchText, valueCount: valueCount)))
    }

    /// The stored plan this one re-imports: the same identity (number and issuer, or slug).
    static func matchingPlan(_ plan: Plan, in store: any Store) throws -> (id: String, plan: Plan)? {
        let key = PlanMatching.identityKey(of: plan.identity)
        for summary in try store.plans() {
            if let stored = try store.plan(id: summary.id), PlanMatching.identityKey(of: stored.identity) == key {
                return (summary.id, stored)
            }
        }
        return nil
    }

    /// Equal but for the digest: an untouched export of the stored plan.
    static func sameContent(_ a: Plan, _ b: Plan) -> Bool {
        var b = b
        b.sourceDigest = a.sourceDigest
        return a == b
    }
}
