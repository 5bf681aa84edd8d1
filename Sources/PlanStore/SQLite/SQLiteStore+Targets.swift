import Foundation
import GRDB
import PlanKit

extension SQLiteStore {
    public func targetValues(planID: String) throws -> [TargetValue] {
        try read { db in
            try requirePlan(planID, db: db)
            return try Row.fetchAll(db, sql: """
                SELECT objective_index, target_index, year, value, note FROM target_value WHERE plan_id = ?
                ORDER BY objective_index, target_index, year
                """, arguments: [planID]).map { row in
                TargetValue(objectiveIndex: try row.decode(forColumn: "objective_index"),
                            targetIndex: try row.decode(forColumn: "target_index"),
                            year: try row.decode(forColumn: "year"), value: try row.decode(forColumn: "value"),
                            note: (try row.decode(String?.self, forColumn: "note"))?.cleaned)
            }
        }
    }

    /// Records (or replaces) the actual value of a target for a year.
    public func recordTargetValue(_ value: TargetValue, planID: String, by user: String) throws {
        let now = Millis.now()
        try write { db in
            guard let plan = try Self.storedPlan(id: planID, db: db) else { throw StoreError.planNotFound(planID) }
            guard plan.objectives.indices.contains(value.objectiveIndex),
                  plan.objectives[value.objectiveIndex].targets.indices.contains(value.targetIndex) else {
                throw StoreError.targetNotFound(plan: planID, objective: value.objectiveIndex, target: value.targetIndex)
            }
            try db.execute(sql: """
                INSERT INTO target_value(plan_id, objective_index, target_index, year, value, note, updated_by, updated_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(plan_id, objective_index, target_index, year) DO UPDATE SET
                    value = excluded.value, note = excluded.note, updated_by = excluded.updated_by,
                    updated_at_ms = excluded.updated_at_ms
                """, arguments: [planID, value.objectiveIndex, value.targetIndex, value.year, value.value,
                                 value.note?.cleaned, user.cleaned, now.ms])
        }
    }
}
