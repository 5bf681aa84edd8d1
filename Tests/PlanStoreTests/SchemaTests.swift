import Foundation
import GRDB
import PlanKit
import Testing
@testable import PlanStore

/// One schema declaration (`StoreSchema`) makes both backends' tables: the same columns, the same
/// nullability and the same indexes, whether a store is new or brought forward from the version before.
@Suite struct SchemaTests {
    /// Table name → "column NOT NULL" / "column NULL", for sets that compare across backends.
    typealias Columns = [String: Set<String>]

    static var declared: Columns {
        var columns: Columns = [:]
        for table in StoreSchema.latestTables {
            columns[table.name] = Set(table.columns.map { "\($0.name) \($0.isNotNull ? "NOT NULL" : "NULL")" })
        }
        return columns
    }

    static var declaredIndexes: Set<String> { Set(StoreSchema.tables(at: StoreSchema.latestVersion).indexes.map(\.name)) }

    static func sqliteColumns(_ path: String) throws -> (columns: Columns, indexes: Set<String>, version: Int) {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var columns: Columns = [:]
            for table in StoreSchema.latestTables {
                // A primary-key column of SQLite may hold NULL unless declared NOT NULL (except INTEGER PRIMARY KEY).
                columns[table.name] = Set(try Row.fetchAll(db, sql: "SELECT name, \"notnull\", pk, type FROM pragma_table_info(?)",
                                                           arguments: [table.name]).map { row in
                    let notNull = (row[1] as Int) == 1 || ((row[2] as Int) > 0 && (row[3] as String) == "INTEGER")
                    return "\(row[0] as String) \(notNull ? "NOT NULL" : "NULL")"
                })
            }
            let indexes = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'
                """)
            return (columns, Set(indexes), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
    }

    static func postgresColumns(_ server: PostgresTestServer, _ database: String) throws -> (columns: Columns, indexes: Set<String>, version: Int) {
        var columns: Columns = [:]
        let lines = try server.psql("""
            SELECT table_name || '|' || column_name || ' ' || CASE is_nullable WHEN 'NO' THEN 'NOT NULL' ELSE 'NULL' END
            FROM information_schema.columns WHERE table_schema = current_schema()
            """, database: database).split(separator: "\n")
        for line in lines {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            columns[parts[0], default: []].insert(parts[1])
        }
        // Indexes a key or a UNIQUE column makes by itself are left out, as SQLite's autoindexes are.
        let indexes = try server.psql("""
            SELECT indexname FROM pg_indexes i WHERE schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, database: database).split(separator: "\n").map(String.init)
        let version = Int(try server.psql("SELECT max(version) FROM schema_version", database: database)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        return (columns.filter { StoreSchema.latestTables.map(\.name).contains($0.key) }, Set(indexes), version)
    }

    @Test func aNewSQLiteStoreHoldsTheDeclaredColumns() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.openStore()
        let found = try Self.sqliteColumns(dir.databasePath)
        #expect(found.columns == Self.declared)
        #expect(found.indexes == Self.declaredIndexes)
        #expect(found.version == StoreSchema.latestVersion)
    }

    @Test(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
    func bothBackendsCreateTheSameColumns() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.openStore()
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        try PostgresStore(info: info).close()
        let sqlite = try Self.sqliteColumns(dir.databasePath)
        let postgres = try Self.postgresColumns(server, info.database)
        #expect(postgres.columns == sqlite.columns)
        #expect(postgres.columns == Self.declared)
        #expect(postgres.indexes == sqlite.indexes)
        #expect(postgres.version == sqlite.version)
    }

    /// A plan with three agencies written in an order that is not alphabetical, at the version before `seq`.
    private static let agencyRows = """
        INSERT INTO plan(id, identity_key, position, number, title, issuer, source_digest, task_count,
                         imported_at_ms, imported_by, updated_at_ms)
            VALUES ('kh-12', 'kh-12', 0, '12/KH-UBND', 'Kế hoạch chuyển đổi số', 'UBND tỉnh', 'd', 0, 0, 'vp', 0);
        INSERT INTO plan_agency(plan_id, printed, canonical, agency_id, search_key) VALUES
            ('kh-12', 'Sở Y tế', 'Sở Y tế', 'so-y-te', 'so y te'),
            ('kh-12', 'Công an tỉnh', 'Công an tỉnh', 'cong-an', 'cong an tinh'),
            ('kh-12', 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', NULL, 'so giao duc va dao tao');
        INSERT INTO task(plan_id, code, position, group_code, text, timeframe_kind, timeframe_end, yearly) VALUES
            ('kh-12', '1', 0, 'I', 'Xây dựng nền tảng dữ liệu', 'deadline', '2026-06-30', 1 = 0),
            ('kh-12', '2', 1, 'I', 'Đào tạo kỹ năng số', 'deadline', '2026-09-30', 1 = 0);
        INSERT INTO task_agency(plan_id, task_code, role, position, printed, canonical, agency_id, search_key) VALUES
            ('kh-12', '1', 'lead', 0, 'Sở Y tế', 'Sở Y tế', 'so-y-te', 'so y te'),
            ('kh-12', '1', 'cooperating', 0, 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', NULL, 'so giao duc va dao tao'),
            ('kh-12', '1', 'cooperating', 1, 'Công an tỉnh', 'Công an tỉnh', 'cong-an', 'cong an tinh'),
            ('kh-12', '2', 'lead', 0, 'Công an tỉnh', 'Công an tỉnh', 'cong-an', 'cong an tinh');
        """
    private static let firstMentionOrder = ["Sở Y tế", "Công an tỉnh", "Sở Giáo dục và Đào tạo"]

    /// Version 10 numbers version 9's links: each task's agencies, role by role, in their order.
    private static let linksQuery = """
        SELECT m.task_code || ' ' || m.role || ' ' || a.printed FROM task_mention m JOIN plan_agency a ON a.seq = m.agency
        ORDER BY m.task_code, m.role DESC, m.position
        """
    private static let links = ["1 lead Sở Y tế", "1 cooperating Sở Giáo dục và Đào tạo", "1 cooperating Công an tỉnh",
                                "2 lead Công an tỉnh"]

    @Test func aSQLiteStoreOfThePreviousVersionIsBroughtForward() throws {
        let dir = try TemporaryDirectory()
        let previous = try #require(StoreSchema.versions.dropLast().last)
        do {
            let queue = try DatabaseQueue(path: dir.databasePath)
            try SQLiteSchema.migrator.migrate(queue, upTo: previous.identifier)
            try queue.write { db in try db.execute(sql: Self.agencyRows) }
        }
        let store = try dir.openStore()
        #expect(try store.agencyMentions(planID: "kh-12").map(\.printed) == Self.firstMentionOrder)
        #expect(try store.queue.read { db in try String.fetchAll(db, sql: Self.linksQuery) } == Self.links)
        let listed = try store.listTasks(planID: "kh-12", query: TaskQuery(asOf: CalendarDate(year: 2026, month: 7, day: 1)!,
                                                                          agency: { $0.printed == "Công an tỉnh" }))
        #expect(listed.tasks.map(\.code) == ["1", "2"])
        #expect(listed.tasks.first?.cooperating == ["Sở Giáo dục và Đào tạo", "Công an tỉnh"])
        let found = try Self.sqliteColumns(dir.databasePath)
        #expect(found.columns == Self.declared)
        #expect(found.indexes == Self.declaredIndexes)
        #expect(found.version == StoreSchema.latestVersion)
    }

    @Test(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"),
          arguments: [false, true])
    func aPostgresStoreOfThePreviousVersionIsBroughtForward(firstNumbering: Bool) throws {
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        // The first numbering's last store (3) was in the shape of what is now 6.
        let firstNumberingLast = 3
        let previous = firstNumbering ? firstNumberingLast + PostgresSchema.firstNumberingOffset
            : try #require(StoreSchema.versions.dropLast().last).number
        let session = try PostgresSession(info: info, listenOn: "kehoach_schema_test") {}
        try session.transaction { transaction in
            try transaction.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            try PostgresSchema.create(at: previous, transaction)
        }
        session.close()
        for statement in Self.agencyRows.components(separatedBy: ";\n") where !statement.allSatisfy(\.isWhitespace) {
            try server.psql(statement, database: info.database)
        }
        // As `admin init` left a store before version 9: every agency could update every batch, and the
        // status policies read the links of `task_agency` (which version 10 drops).
        for role in [PostgresRights.agencyRole, PostgresRights.coordinatorRole, PostgresRights.leaderRole] {
            try server.psql("""
                DO $$ BEGIN CREATE ROLE \(role) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                """, database: info.database)
        }
        try server.psql("CREATE POLICY agency_batches ON batch FOR ALL TO \(PostgresRights.agencyRole) USING (true) WITH CHECK (true)",
                        database: info.database)
        try server.psql("CREATE TABLE agency_login (login TEXT PRIMARY KEY, agency TEXT NOT NULL, agency_key TEXT)",
                        database: info.database)
        try server.psql("""
            CREATE POLICY agency_inserts_own ON status FOR INSERT TO \(PostgresRights.agencyRole) WITH CHECK (EXISTS (
                SELECT 1 FROM task_agency ta JOIN agency_login al ON al.login = current_user
                WHERE ta.plan_id = status.plan_id AND ta.task_code = status.task_code AND ta.agency_id = al.agency))
            """, database: info.database)
        if firstNumbering {
            // A store of the first numbering (1–3 for what is now 4–6) says 3 where this would say 6.
            try server.psql("UPDATE schema_version SET version = \(firstNumberingLast)", database: info.database)
        }
        let store = try PostgresStore(info: info)
        defer { store.close() }
        #expect(try Set(store.agencyMentions(planID: "kh-12").map(\.printed)) == Set(Self.firstMentionOrder))
        #expect(try server.psql(Self.linksQuery, database: info.database).split(separator: "\n") == Self.links.map { Substring($0) })
        // Version 10's: the policies that read the links read them from `task_mention`, and it has its grants.
        #expect(try server.psql("SELECT with_check FROM pg_policies WHERE policyname = 'agency_inserts_own'", database: info.database)
            .contains("task_mention"))
        #expect(try server.psql("SELECT has_table_privilege('\(PostgresRights.agencyRole)', 'task_mention', 'SELECT')",
                                database: info.database).trimmingCharacters(in: .whitespacesAndNewlines) == "t")
        let found = try Self.postgresColumns(server, info.database)
        #expect(found.columns == Self.declared)
        #expect(found.indexes == Self.declaredIndexes)
        #expect(found.version == StoreSchema.latestVersion)
        // The server's steps of the earlier versions were kept: a result write still leaves its revision.
        try server.psql("""
            INSERT INTO task_result(plan_id, period, task_code, agency, version, record_json)
                VALUES ('kh-12', '2026-Q4', '1', 'so-y-te', 1, '{}')
            """, database: info.database)
        #expect(try server.psql("SELECT count(*) FROM result_history", database: info.database)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        // Version 9's: the revision names its login, and the batches' rights are the new ones.
        #expect(try server.psql("SELECT login FROM result_history", database: info.database)
            .trimmingCharacters(in: .whitespacesAndNewlines) == server.superuser)
        // (A store already at 9 kept what it had: the first numbering's case brings one up through 9.)
        if previous < 9 {
            #expect(try server.psql("SELECT policyname FROM pg_policies WHERE tablename = 'batch' ORDER BY 1", database: info.database)
                .split(separator: "\n") == ["agency_marks_own_batch", "agency_opens_batch", "coordinator_writes", "everyone_reads"])
        }
    }
}
