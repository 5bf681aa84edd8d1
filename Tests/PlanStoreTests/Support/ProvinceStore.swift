import Foundation
import PlanKit
@testable import PlanStore

/// A shared store as a province sets it up: `admin init`, the fixture plan imported by the coordinator
/// (the superuser), and a login for Sở Tài chính, which leads 2.1, cooperates on 1.2 and is not named on
/// 1.1. `agency` is how the grant names it: its directory id or its name.
struct ProvinceStore {
    let server: PostgresTestServer
    let info: PostgresConnectionInfo
    let coordinator: PostgresStore
    /// The agency's login, `stc_<database>`: role names belong to the whole server, databases are per test.
    let login: String
    let plan = "kon-tum-3785"

    init(agency: String) throws {
        server = try PostgresTestServer.shared()
        info = try server.createDatabase()
        try PostgresRights.initialize(info)
        coordinator = try PostgresStore(info: info)
        let fixture = PlanFixture()
        _ = try coordinator.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "vp")
        login = "stc_\(info.database)"
        try PostgresRights.grant(agency: agency, login: login, password: nil, role: .agency, info)
    }

    /// Another login of `role`, named `prefix_<database>`, speaking for `agency`.
    func grant(_ role: PostgresRights.Role, agency: String, prefix: String) throws -> String {
        let name = "\(prefix)_\(info.database)"
        try PostgresRights.grant(agency: agency, login: name, password: nil, role: role, info)
        return name
    }

    /// The store as `user` sees it.
    func open(as user: String) throws -> PostgresStore {
        try PostgresStore(info: server.info(database: info.database, user: user))
    }
}
