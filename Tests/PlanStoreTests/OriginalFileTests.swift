import Foundation
import GRDB
import Testing
import PlanKit
@testable import PlanStore

/// Migration v3: a plan keeps what its file was (Word, PDF, text) and the digest of the file's bytes.
@Suite struct OriginalFileTests {
    @Test(arguments: StoreBackend.available) func aPlanFromWordKeepsItsKindAndDigest(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        let plan = PlanFixture().plan
        let original = OriginalFile(kind: "docx", digest: String(repeating: "ab", count: 32))
        let outcome = try store.importPlan(plan, sourceText: "KẾ HOẠCH\n", original: original, by: "cán bộ")
        #expect(try store.originalFile(planID: outcome.planID) == original)
        #expect(try store.sourceText(planID: outcome.planID) == "KẾ HOẠCH\n")

        // Re-imported from the PDF with other text: the record follows the latest file.
        var amended = plan
        amended.sourceDigest = "other"
        let pdf = OriginalFile(kind: "pdf", digest: String(repeating: "cd", count: 32))
        _ = try store.importPlan(amended, sourceText: "KẾ HOẠCH (sửa)\n", original: pdf, by: "cán bộ")
        #expect(try store.originalFile(planID: outcome.planID) == pdf)
        #expect(try store.originalFile(planID: "khong-co") == nil)
    }

    @Test func plansStoredAsTextAndBeforeTheMigrationAreText() throws {
        let dir = try TemporaryDirectory()
        let store = try dir.openStore()
        let outcome = try store.importPlan(PlanFixture().plan, sourceText: "x", by: "cán bộ")
        #expect(try store.originalFile(planID: outcome.planID) == OriginalFile(kind: "text", digest: nil))

        // A file written by the v2 schema gains the columns with those defaults, its plans kept.
        let old = dir.path + "/v2.sqlite"
        let queue = try DatabaseQueue(path: old)
        var v2 = SQLiteSchema.migrator
        try v2.migrate(queue, upTo: "v2: plans stored in the compact plan codec instead of JSON")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO plan(id, identity_key, position, title, issuer, source_text, source_digest, plan_blob, task_count,
                                 imported_at_ms, imported_by, updated_at_ms)
                VALUES ('cu', 'k', 1, 't', 'i', 's', 'd', ?, 0, 0, 'u', 0)
                """, arguments: [Data(PlanCodec.encode(PlanFixture(tasks: []).plan))])
        }
        try queue.close()
        let migrated = try SQLiteStore(path: old)
        #expect(try migrated.originalFile(planID: "cu") == OriginalFile(kind: "text", digest: nil))
        #expect(try migrated.plans().map(\.id) == ["cu"])
    }
}
