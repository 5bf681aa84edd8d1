import Wording
import PlanKit
import PlanStore

/// `kehoach import` without --dry-run: stores the plan, or re-imports an amended one, and says what
/// changed in one line. The original file's kind and digest are stored beside the extracted text.
enum StoreImport {
    static func store(_ result: ImportResult, from document: DocumentFile, context: StoreContext,
                      asNew: Bool = false) throws -> String {
        let l = context.language
        if !asNew, let stored = try context.attempt({ try sameDocumentReadOtherwise(result.plan, in: context.store) }) {
            // Never a second plan made silently: the issuer was read differently, the document is the same.
            let number = result.plan.identity.number ?? ""
            throw CommandSupport.Failure(message: l(CommandMessage.sameDocumentStored(
                number: number, plan: stored.id, issuerBefore: stored.issuer, issuerNow: result.plan.identity.issuer)),
                code: 1)
        }
        let original = document.kind == .text ? nil : OriginalFile(kind: document.kind.rawValue, digest: document.digest)
        let outcome = try context.attempt {
            try context.store.importPlan(result.plan, sourceText: result.normalizedText, original: original, by: context.user)
        }
        if outcome.isNew {
            return l(CommandMessage.storeImportStoredTasks(
                planID: outcome.planID, addedTasksCount: outcome.addedTasks.count, locationPath: context.location.path))
        } else if outcome.unchanged {
            return l(CommandMessage.storeImportSameTextNothingChanged(planID: outcome.planID))
        }
        func list(_ codes: [String]) -> String { codes.isEmpty ? "—" : codes.joined(separator: ", ") }
        return l(CommandMessage.planUpdated(plan: outcome.planID, added: list(outcome.addedTasks),
                                             removed: list(outcome.removedTasks), changed: list(outcome.changedTasks)))
    }

    /// A stored plan that is this document (same number and date) under another identity (its issuer read
    /// otherwise); nil when the import would update the stored plan or the document is new.
    static func sameDocumentReadOtherwise(_ plan: Plan, in store: any Store) throws -> (id: String, issuer: String)? {
        let key = PlanMatching.identityKey(of: plan.identity)
        guard let number = plan.identity.number.map(SearchKey.make) else { return nil }
        var found: (id: String, issuer: String)?
        for summary in try store.plans() where summary.number.map(SearchKey.make) == number {
            guard let stored = try store.plan(id: summary.id) else { continue }
            if PlanMatching.identityKey(of: stored.identity) == key { return nil }  // an update of this very plan
            if found == nil, PlanMatching.sameDocument(stored.identity, plan.identity) { found = (summary.id, stored.identity.issuer) }
        }
        return found
    }
}
