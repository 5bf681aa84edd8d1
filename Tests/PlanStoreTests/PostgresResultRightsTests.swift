import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// Results and preferences under the server's rights: an agency writes the results of tasks it leads,
/// only its own contribution where it cooperates, only its own sections; a leader's login writes no
/// status but keeps its own last-viewed plan. Through kehoach's store and through plain SQL (psql).
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresResultRightsTests {
    let plan = "kon-tum-3785"
    let period = ReportingPeriod(code: "2026-Q4")!
    let finance = SearchKey.slug("Sở Tài chính")
    let education = SearchKey.slug("Sở Giáo dục và Đào tạo")

    /// The province's store and its login for Sở Tài chính (by name).
    private func province() throws -> (PostgresTestServer, PostgresConnectionInfo, PostgresStore, String) {
        let province = try ProvinceStore(agency: "Sở Tài chính")
        return (province.server, province.info, province.coordinator, province.login)
    }

    private func result(_ code: String, _ agency: String, _ text: String) -> TaskResult {
        TaskResult(key: ResultKey(taskCode: code, period: period, agency: agency), role: .lead, text: text)
    }

    @Test func anAgencyWritesTheResultsItIsOwed() throws {
        let (server, info, coordinator, login) = try province()
        let agency = try PostgresStore(info: server.info(database: info.database, user: login))
        defer { agency.close() }

        // The task it leads: its own row, and a cooperating agency's row too (the lead compiles the report).
        _ = try agency.saveResult(result("2.1", finance, "Đã bố trí 2 tỷ đồng"), planID: plan, by: "Lan")
        // The task it cooperates on: its own contribution.
        _ = try agency.saveResult(result("1.2", finance, "Góp ý dự thảo"), planID: plan, by: "Lan")
        _ = try agency.saveSections(AgencySections(agency: finance, period: period, shortcomings: "Thiếu kinh phí"),
                                    planID: plan, by: "Lan")

        let before = try coordinator.results(planID: plan)
        let revisions = try coordinator.resultHistory(planID: plan).count
        // The lead's row of a task it only cooperates on, and a task it is not named on: refused, with whose.
        #expect(throws: StoreError.notYourTask(key: StatusKey(taskCode: "1.2"), owners: ["Sở Giáo dục và Đào tạo"])) {
            _ = try agency.saveResult(result("1.2", education, "Đã rà soát"), planID: plan, by: "Lan")
        }
        #expect(throws: StoreError.notYourTask(key: StatusKey(taskCode: "1.1"), owners: ["Sở Kế hoạch và Đầu tư"])) {
            _ = try agency.saveResult(result("1.1", SearchKey.slug("Sở Kế hoạch và Đầu tư"), "Ký kết"), planID: plan, by: "Lan")
        }
        // Another agency's sections: the server refuses.
        #expect(throws: StoreError.self) {
            _ = try agency.saveSections(AgencySections(agency: education, period: period, shortcomings: "Giả mạo"),
                                        planID: plan, by: "Lan")
        }
        #expect(try coordinator.results(planID: plan) == before)
        #expect(try coordinator.resultHistory(planID: plan).count == revisions)
        #expect(Set(before.map(\.key.taskCode)) == ["2.1", "1.2"])
    }

    @Test func plainSQLIsHeldToTheSameResultRows() throws {
        let (server, info, coordinator, login) = try province()
        func insert(_ code: String, _ agency: String) throws -> String {
            try server.psql("""
                INSERT INTO task_result(plan_id, period, task_code, agency, version, record_json)
                VALUES ('\(plan)', '2026-Q4', '\(code)', '\(agency)', 1, '{}') RETURNING 1
                """, database: info.database, user: login)
        }
        #expect(throws: (any Error).self) { try insert("1.1", SearchKey.slug("Sở Kế hoạch và Đầu tư")) }
        #expect(throws: (any Error).self) { try insert("1.2", education) }
        #expect(throws: (any Error).self) {
            try server.psql("""
                INSERT INTO agency_section(plan_id, period, agency, version, record_json)
                VALUES ('\(plan)', '2026-Q4', '\(education)', 1, '{}')
                """, database: info.database, user: login)
        }
        #expect(try coordinator.results(planID: plan).isEmpty)
        #expect(try insert("1.2", finance).trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        #expect(try insert("2.1", education).trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        // Another agency's row it cannot rewrite either.
        _ = try coordinator.saveResult(result("1.1", SearchKey.slug("Sở Kế hoạch và Đầu tư"), "Ký kết"), planID: plan, by: "vp")
        let updated = try server.psql("UPDATE task_result SET record_json = '{}' WHERE task_code = '1.1' RETURNING 1",
                                      database: info.database, user: login)
        #expect(updated.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    /// A revision is the server's record of a real write: an agency's login cannot add one through psql,
    /// and a row it may write leaves one whichever way it is written (kehoach names who; psql, the login).
    @Test func revisionsAreWrittenByTheServerOnly() throws {
        let (server, info, coordinator, login) = try province()
        let agency = try PostgresStore(info: server.info(database: info.database, user: login))
        defer { agency.close() }
        let stored = try agency.saveResult(result("2.1", finance, "Đã bố trí 2 tỷ đồng"), planID: plan, by: "Lan")
        var revisions = try coordinator.resultHistory(planID: plan)
        #expect(revisions.count == 1)
        #expect(revisions.last?.who == "Lan")
        #expect(revisions.last?.result == stored)

        // A made-up revision, of its own task or another's: refused, nothing added.
        let storedJSON = try server.psql("SELECT record_json FROM task_result WHERE task_code = '2.1'",
                                         database: info.database, user: login).trimmingCharacters(in: .whitespacesAndNewlines)
        for code in ["2.1", "1.1"] {
            let forged = storedJSON.replacingOccurrences(of: "2 tỷ", with: "9 tỷ")
                .replacingOccurrences(of: "\"2.1\"", with: "\"\(code)\"").replacingOccurrences(of: "'", with: "''")
            #expect(throws: (any Error).self, "a revision of \(code) inserted by hand") {
                try server.psql("""
                    INSERT INTO result_history(plan_id, kind, record_json, who, at_ms)
                    VALUES ('\(plan)', 'result', '\(forged)', 'Lan', 0)
                    """, database: info.database, user: login)
            }
        }
        #expect(throws: (any Error).self) {
            try server.psql("UPDATE result_history SET who = 'vp'", database: info.database, user: login)
        }
        #expect(try coordinator.resultHistory(planID: plan).count == 1)
        // Claiming to be a copy does not let it write a row without its revision either.
        try server.psql("""
            SELECT set_config('kehoach.copying', 'on', false);
            UPDATE task_result SET version = version WHERE task_code = '2.1';
            """, database: info.database, user: login)
        revisions = try coordinator.resultHistory(planID: plan)
        #expect(revisions.count == 2, "its own row rewritten through psql is recorded")
        #expect(revisions.last?.who == login)
        #expect(revisions.last?.result == stored)
    }

    /// Not the coordinator either, nor the schema's owner: result_history holds only what the server wrote.
    @Test func noLoginWritesARevisionByHand() throws {
        let province = try ProvinceStore(agency: "Sở Tài chính")
        let (server, info, coordinator) = (province.server, province.info, province.coordinator)
        let office = try province.grant(.coordinator, agency: "Văn phòng UBND tỉnh", prefix: "vp")
        _ = try coordinator.saveResult(result("2.1", finance, "Đã bố trí 2 tỷ đồng"), planID: plan, by: "vp")
        let insert = """
            INSERT INTO result_history(plan_id, kind, record_json, who, at_ms) VALUES ('\(plan)', 'result', '{}', 'vp', 0)
            """
        for user in [office, server.superuser] {
            #expect(throws: (any Error).self, "\(user) inserting a revision") {
                try server.psql(insert, database: info.database, user: user)
            }
            #expect(throws: (any Error).self, "\(user) rewriting a revision") {
                try server.psql("UPDATE result_history SET who = 'someone'", database: info.database, user: user)
            }
            #expect(throws: (any Error).self, "\(user) removing a revision") {
                try server.psql("DELETE FROM result_history", database: info.database, user: user)
            }
        }
        // The coordinator claiming to copy gains nothing: only a login that may write the table copies revisions.
        #expect(throws: (any Error).self) {
            try server.psql("SELECT set_config('kehoach.copying', 'on', false); " + insert, database: info.database, user: office)
        }
        #expect(try coordinator.resultHistory(planID: plan).map(\.who) == ["vp"])
        // Its writes of results still leave their revisions, through psql as through kehoach.
        try server.psql("UPDATE task_result SET version = version + 1 WHERE task_code = '2.1'", database: info.database, user: office)
        #expect(try coordinator.resultHistory(planID: plan).map(\.who) == ["vp", office])
        // A plan's removal takes its revisions with it.
        try coordinator.removePlan(id: plan)
        #expect(try server.psql("SELECT count(*) FROM result_history", database: info.database)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aLeaderKeepsItsOwnLastPlanAndWritesNothingElse() throws {
        let (server, info, coordinator, _) = try province()
        let login = "ld_\(info.database)"
        try PostgresRights.grant(agency: "Văn phòng UBND tỉnh", login: login, password: nil, role: .leader, info)
        try coordinator.setSetting("dashboard.lastPlan", to: "other-plan")
        let leader = try PostgresStore(info: server.info(database: info.database, user: login))
        defer { leader.close() }
        #expect(try leader.setting("dashboard.lastPlan") == "other-plan", "the store's value until it has its own")
        try leader.setSetting("dashboard.lastPlan", to: plan)
        #expect(try leader.setting("dashboard.lastPlan") == plan)
        #expect(try coordinator.setting("dashboard.lastPlan") == "other-plan", "the store's own row untouched")
        // Whatever it tries to change, it is told the login is read-only, and nothing is written.
        #expect(throws: StoreError.readOnlyLogin) {
            _ = try leader.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .done, basedOnVersion: 0)],
                                 planID: plan, by: "ld")
        }
        #expect(throws: StoreError.readOnlyLogin) {
            _ = try leader.saveResult(result("2.1", finance, "Đã bố trí"), planID: plan, by: "ld")
        }
        #expect(throws: StoreError.readOnlyLogin) {
            _ = try leader.saveSections(AgencySections(agency: finance, period: period, shortcomings: "Thiếu người"),
                                        planID: plan, by: "ld")
        }
        #expect(try coordinator.statuses(planID: plan).isEmpty)
        #expect(try coordinator.results(planID: plan).isEmpty)
        // Through psql it may not touch the store's rows, nor another login's.
        #expect(throws: (any Error).self) {
            try server.psql("INSERT INTO setting(name, value) VALUES ('dashboard.lastPlan@someone', 'x')",
                            database: info.database, user: login)
        }
        let changed = try server.psql("UPDATE setting SET value = 'x' WHERE name = 'dashboard.lastPlan' RETURNING 1",
                                      database: info.database, user: login)
        #expect(changed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(try coordinator.setting("dashboard.lastPlan") == "other-plan")
    }
}
