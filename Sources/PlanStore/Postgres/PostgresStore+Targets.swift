import Foundation
import PlanKit
import PostgresNIO

extension PostgresStore {
    public func targetValues(planID: String) throws -> [TargetValue] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try transaction.rows("""
                SELECT objective_index, target_index, year, value, note FROM target_value WHERE plan_id = $1
                ORDER BY objective_index, target_index, year
                """, [.text(planID)]).map { row in
                TargetValue(objectiveIndex: try row.value(0), targetIndex: try row.value(1), year: try row.value(2),
                            value: try row.value(3), note: try row.value(4))
            }
        }
    }

    public func recordTargetValue(_ value: TargetValue, planID: String, by user: String) throws {
        let now = Millis.now()
        try write { transaction in
            guard let plan = try Self.storedPlan(id: planID, transaction: transaction) else { throw StoreError.planNotFound(planID) }
            guard plan.objectives.indices.contains(value.objectiveIndex),
                  plan.objectives[value.objectiveIndex].targets.indices.contains(value.targetIndex) else {
                throw StoreError.targetNotFound(plan: planID, objective: value.objectiveIndex, target: value.targetIndex)
            }
            try transaction.execute("""
                INSERT INTO target_value(plan_id, objective_index, target_index, year, value, note, updated_by, updated_at_ms)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT(plan_id, objective_index, target_index, year) DO UPDATE SET
                    value = excluded.value, note = excluded.note, updated_by = excluded.updated_by,
                    updated_at_ms = excluded.updated_at_ms
                """, [.text(planID), .int(value.objectiveIndex), .int(value.targetIndex), .int(value.year),
                      .real(value.value), .text(value.note?.cleaned), .text(user.cleaned), .int(now.ms)])
        }
    }
}
