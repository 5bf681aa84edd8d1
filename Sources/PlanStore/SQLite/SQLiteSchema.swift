import Foundation
import GRDB
import PlanKit

/// `StoreSchema` as GRDB migrations, one per version, named by the version's identifier: a file records
/// which it has, so every older file is brought forward and a newer one is recognised (`StoreGuard`).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for version in StoreSchema.versions {
            let (additions, removals) = SchemaDialect.sqlite.migration(version)
            let dataStep = dataSteps[version.number]
            migrator.registerMigration(version.identifier) { db in
                for statement in additions { try db.execute(sql: statement) }
                try dataStep?(db)
                for statement in removals { try db.execute(sql: statement) }
            }
        }
        return migrator
    }

    /// What a version does to the rows SQLite files held before it; PostgreSQL stores began at v4's shape.
    static let dataSteps: [Int: @Sendable (Database) throws -> Void] = [
        2: v2EncodePlans, 4: v4MoveRows, 10: { db in try db.execute(sql: StoreSchema.v10NumberMentions) },
    ]

    /// Each plan's JSON, encoded in the plan codec.
    private static func v2EncodePlans(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, plan_json FROM plan") {
            let json: String = try row.decode(forColumn: "plan_json")
            let plan = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
            try db.execute(sql: "UPDATE plan SET plan_blob = ? WHERE id = ?",
                           arguments: [Data(PlanCodec.encode(plan)), row["id"] as String])
        }
    }
}
