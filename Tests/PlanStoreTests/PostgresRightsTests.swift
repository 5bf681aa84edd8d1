import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// The server, not only kehoach, holds an agency's login to the tasks its agency is named on.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresRightsTests {
    let plan = "kon-tum-3785"

    /// The province's store, its login for Sở Tài chính (by directory id), and 1.1 in progress.
    private func province() throws -> (PostgresTestServer, PostgresConnectionInfo, PostgresStore) {
        let province = try ProvinceStore(agency: "so-tai-chinh")
        _ = try province.coordinator.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .inProgress, basedOnVersion: 0)],
                                           planID: plan, by: "vp")
        return (province.server, province.info, province.coordinator)
    }

    @Test func anAgencyChangesItsOwnTasksOnly() throws {
        let (server, info, coordinator) = try province()
        let agency = try PostgresStore(info: server.info(database: info.database, user: "stc_\(info.database)"))
        #expect(agency.loginAgency == "so-tai-chinh")
        // What the dashboard marks: the tasks the server lets it change, no more.
        #expect(agency.editRights == EditRights(.agency("so-tai-chinh")))
        #expect(coordinator.editRights == .everyTask)
        let tasks = try #require(try coordinator.plan(id: plan)).tasks
        #expect(tasks.filter(agency.editRights.mayEdit).map(\.code) == ["1.2", "2.1"])
        try PostgresRights.grant(agency: "UBND tỉnh", login: "ld_\(info.database)", password: nil, role: .leader, info)
        let leader = try PostgresStore(info: server.info(database: info.database, user: "ld_\(info.database)"))
        defer { leader.close() }
        #expect(leader.editRights == EditRights(.noTask))

        // Its own: the task it leads, and the one it cooperates on.
        _ = try agency.apply([StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .done, basedOnVersion: 0)],
                             planID: plan, by: "Lan")
        _ = try agency.apply([StatusChange(key: StatusKey(taskCode: "1.2"), status: .inProgress, note: "Đã góp ý",
                                           basedOnVersion: 0)], planID: plan, by: "Lan")
        #expect(try coordinator.statuses(planID: plan)[StatusKey(taskCode: "2.1", year: 2025)]?.status == .done)

        // Another agency's task: refused with whose it is, and nothing written.
        let before = try coordinator.statuses(planID: plan)
        let historyBefore = try coordinator.history(planID: plan, taskCode: nil).count
        #expect(throws: StoreError.notYourTask(key: StatusKey(taskCode: "1.1"),
                                               owners: ["Sở Kế hoạch và Đầu tư", "Trường Cao đẳng Kon Tum"])) {
            _ = try agency.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .done, basedOnVersion: 1)],
                                 planID: plan, by: "Lan")
        }
        #expect(try coordinator.statuses(planID: plan) == before)
        #expect(try coordinator.history(planID: plan, taskCode: nil).count == historyBefore)

        // It reads everything, and imports nothing.
        #expect(try agency.plans().map(\.id) == [plan])
        var amended = PlanFixture()
        amended.tasks.removeLast()
        #expect(throws: StoreError.self) {
            _ = try agency.importPlan(amended.plan, sourceText: amended.sourceText, by: "Lan")
        }
        #expect(try coordinator.plan(id: plan)?.tasks.count == 3)
    }

    @Test func plainSQLFromAnAgencyLoginIsHeldToTheSameRows() throws {
        let (server, info, coordinator) = try province()
        let login = "stc_\(info.database)"
        // An UPDATE of another agency's status matches no row the policy lets it see.
        let updated = try server.psql("UPDATE status SET status = 'done' WHERE plan_id = '\(plan)' AND task_code = '1.1' RETURNING 1",
                                      database: info.database, user: login)
        #expect(updated.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        // An INSERT of one is refused outright.
        #expect(throws: (any Error).self) {
            try server.psql("""
                INSERT INTO status(plan_id, task_code, year, status, version) VALUES ('\(plan)', '1.1', 2099, 'done', 1)
                """, database: info.database, user: login)
        }
        // The plans themselves are the coordinator's.
        #expect(throws: (any Error).self) {
            try server.psql("DELETE FROM plan", database: info.database, user: login)
        }
        #expect(try coordinator.statuses(planID: plan)[StatusKey(taskCode: "1.1")]?.status == .inProgress)
        // Its own row it may change, as through kehoach.
        let own = try server.psql("""
            INSERT INTO status(plan_id, task_code, year, status, version) VALUES ('\(plan)', '2.1', 2026, 'done', 1) RETURNING 1
            """, database: info.database, user: login)
        #expect(own.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    /// The trail names the login that wrote it, stamped by the server: through kehoach, and through plain
    /// SQL that claims another login; and an agency cannot mark another login's batch undone.
    @Test func theServerStampsTheLoginOnEveryLineOfTheTrail() throws {
        let (server, info, coordinator) = try province()
        let login = "stc_\(info.database)"
        let agency = try PostgresStore(info: server.info(database: info.database, user: login))
        defer { agency.close() }
        _ = try agency.apply([StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .inProgress, basedOnVersion: 0)],
                             planID: plan, by: "Lan")
        let history = try coordinator.history(planID: plan, taskCode: nil)
        #expect(history.map(\.who) == ["vp", "Lan"])
        #expect(history.map(\.login) == [server.superuser, login], "the name given, and the login that gave it")

        // A line written by hand that claims the coordinator's login keeps the writer's.
        let batch = try server.psql("""
            INSERT INTO batch(plan_id, who, at_ms, kind, login) VALUES ('\(plan)', 'vp', 1, 'edit', '\(server.superuser)') RETURNING id, login
            """, database: info.database, user: login)
        #expect(batch.hasSuffix("|\(login)\n") || batch.hasSuffix("|\(login)"), "\(batch)")
        let stamped = try server.psql("""
            INSERT INTO history(batch_id, plan_id, task_code, at_ms, who, kind, to_json, login)
            VALUES (\(batch.split(separator: "|")[0]), '\(plan)', '2.1', 1, 'vp', 'edit', '{}', 'someone') RETURNING login
            """, database: info.database, user: login)
        #expect(stamped.trimmingCharacters(in: .whitespacesAndNewlines) == login)
        // Nor can it re-sign a line later.
        _ = try? server.psql("UPDATE history SET login = 'someone'", database: info.database, user: login)
        #expect(try server.psql("SELECT count(*) FROM history WHERE login = 'someone'", database: info.database)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        // The coordinator's batch is not the agency's to mark undone; its own is.
        let others = try server.psql("UPDATE batch SET undone_by = 1 WHERE who = 'vp' AND login <> '\(login)' RETURNING 1",
                                     database: info.database, user: login)
        #expect(others.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let own = try server.psql("UPDATE batch SET who = 'Lan' WHERE login = '\(login)' RETURNING login",
                                  database: info.database, user: login)
        #expect(own.split(separator: "\n").allSatisfy { $0 == login } && !own.isEmpty)
    }

    @Test func aNewerSchemaIsRefused() throws {
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        _ = try PostgresStore(info: info)
        try server.psql("INSERT INTO schema_version(version) VALUES (\(PostgresSchema.latestVersion + 1))", database: info.database)
        #expect {
            _ = try PostgresStore(info: info)
        } throws: { error in
            guard case StoreError.openFailed(_, let reason) = error else { return false }
            return reason.contains("newer")
        }
    }
}
