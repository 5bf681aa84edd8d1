import Foundation
import GRDB
import Testing
import PlanKit
@testable import PlanStore

/// The row query (`listTasks` of either store, standing in SQL) gives exactly what the whole-plan path
/// (`listTasksFromPlan`, `StandingCalculator`) gives, on generated and bundled plans, on many days, on
/// both backends.
@Suite struct ListingEquivalenceTests {
    /// Statuses of every kind on about two tasks in three: done early and late, suspended, yearly
    /// instances of several years, so every rule of the calculator is reached.
    static func scatterStatuses(_ store: any Store, plan: Plan, planID: String, seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var changes: [StatusChange] = []
        for task in plan.tasks where rng.next(3) != 0 {
            let status = TaskStatus.allCases[rng.next(TaskStatus.allCases.count)]
            let year = task.timeframe.hasYearlyInstances ? 2024 + rng.next(6) : nil
            let doneOn = status == .done && rng.next(5) != 0
                ? CalendarDate(dayNumber: CalendarDate(year: 2024, month: 1, day: 1)!.dayNumber + rng.next(6 * 365)) : nil
            changes.append(StatusChange(key: StatusKey(taskCode: task.code, year: year), status: status,
                                        progress: rng.next(3) == 0 ? nil : rng.next(101),
                                        note: rng.next(4) == 0 ? "Đã báo cáo, \"đúng hạn\"" : nil,
                                        doneOn: doneOn, basedOnVersion: 0))
        }
        _ = try store.apply(changes, planID: planID, by: "kiểm tra")
    }

    static let days: [CalendarDate] = [
        CalendarDate(year: 2024, month: 3, day: 1)!, CalendarDate(year: 2025, month: 12, day: 31)!,
        CalendarDate(year: 2026, month: 1, day: 1)!, CalendarDate(year: 2026, month: 11, day: 23)!,
        CalendarDate(year: 2026, month: 12, day: 1)!, CalendarDate(year: 2027, month: 6, day: 30)!,
        CalendarDate(year: 2028, month: 12, day: 31)!, CalendarDate(year: 2031, month: 2, day: 28)!,
    ]

    static func expectSameAnswers(_ store: any Store, planID: String, agencies: [(AgencyMention) -> Bool]) throws {
        // Equal answers only mean something if the plan reaches most rules.
        var seen = Set<Standing>()
        for day in days {
            seen.formUnion(try store.listTasks(planID: planID, query: TaskQuery(asOf: day)).tasks.map(\.standing))
        }
        #expect(seen.count >= 6, "standings reached: \(seen)")
        for day in days {
            for dueSoon in [0, 30, 200] {
                var queries = [TaskQuery(asOf: day, dueSoonDays: dueSoon)]
                queries += Standing.allCases.map { TaskQuery(asOf: day, dueSoonDays: dueSoon, standing: $0) }
                for agency in agencies {
                    queries.append(TaskQuery(asOf: day, dueSoonDays: dueSoon, agency: agency))
                    queries.append(TaskQuery(asOf: day, dueSoonDays: dueSoon, standing: .overdue, agency: agency))
                }
                for query in queries {
                    let rows = try store.listTasks(planID: planID, query: query)
                    let whole = try store.listTasksFromPlan(planID: planID, query: query)
                    #expect(rows == whole, "as of \(day.iso), due soon \(dueSoon), standing \(query.standing?.rawValue ?? "any")")
                }
            }
        }
    }

    /// The row query with a given number of agencies per query, whichever store it is.
    static func listTasks(_ store: any Store, planID: String, query: TaskQuery, mentionsPerQuery: Int) throws -> TaskListing {
        if let store = store as? SQLiteStore {
            return try store.listTasks(planID: planID, query: query, mentionsPerQuery: mentionsPerQuery)
        }
        let postgres = try #require(store as? PostgresStore)
        return try postgres.listTasks(planID: planID, query: query, mentionsPerQuery: mentionsPerQuery)
    }

    /// A generated plan of `tasks` tasks naming `agencies` agencies, imported into a new store.
    static func synthetic(_ backend: StoreBackend, agencies: Int, tasks: Int) throws
        -> (StoreHandle, any SourceFileStore, Plan, String) {
        let synthetic = SyntheticPlans(agencyCount: agencies)
        let directory = synthetic.directory(extending: try SeedPlanTests.directory())
        let plan = try synthetic.plan(taskCount: tasks, directory: directory)
        let handle = try backend.makeStore()
        let store = try handle.openStore()
        let planID = try store.importPlan(plan, sourceText: "synthetic", by: "lan").planID
        return (handle, store, plan, planID)
    }

    @Test(arguments: StoreBackend.available) func generatedPlanSameAsWholePlan(backend: StoreBackend) throws {
        let (handle, store, plan, planID) = try Self.synthetic(backend, agencies: 60, tasks: 600)
        defer { withExtendedLifetime(handle) {} }  // the store's directory or database lives as long as the test
        try Self.scatterStatuses(store, plan: plan, planID: planID, seed: 7)
        let someName = try #require(plan.tasks.first?.cooperating.first)
        try Self.expectSameAnswers(store, planID: planID, agencies: [
            { $0.printed.contains("Y tế") },
            { $0 == AgencyMention(someName) },
            { $0.agencyID == "syn-3" },
            { _ in false },
        ])
        let none = try store.listTasks(planID: planID, query: TaskQuery(asOf: Self.days[0], agency: { _ in false }))
        #expect(none == TaskListing(tasks: [], agencyMatched: false))
    }

    @Test(arguments: StoreBackend.available) func bundledPlansSameAsWholePlan(backend: StoreBackend) throws {
        let directory = try SeedPlanTests.directory()
        let handle = try backend.makeStore()
        let store = try handle.openStore()
        for (index, file) in SeedPlanTests.seedFiles.enumerated() {
            let result = try PlanImporter.importPlan(data: try Data(contentsOf: URL(fileURLWithPath: file)), directory: directory)
            let planID = try store.importPlan(result.plan, sourceText: result.normalizedText, by: "lan").planID
            try Self.scatterStatuses(store, plan: result.plan, planID: planID, seed: UInt64(index + 1))
            try Self.expectSameAnswers(store, planID: planID, agencies: [
                { SearchKey.matches(key: SearchKey.make($0.printed), query: SearchKey.make("so tai chinh")) },
                { $0.agencyID != nil },
            ])
        }
    }

    /// More distinct agencies match than one query takes: the chunks are merged back into plan order.
    @Test(arguments: StoreBackend.available) func manyMatchingAgenciesStayInPlanOrder(backend: StoreBackend) throws {
        let (handle, store, plan, planID) = try Self.synthetic(backend, agencies: 120, tasks: 400)
        defer { withExtendedLifetime(handle) {} }  // the store's directory or database lives as long as the test
        #expect(try store.agencyMentions(planID: planID).count > 7 * 3)
        let query = TaskQuery(asOf: Self.days[3], agency: { _ in true })
        let rows = try Self.listTasks(store, planID: planID, query: query, mentionsPerQuery: 7)
        #expect(rows == (try store.listTasksFromPlan(planID: planID, query: query)))
        #expect(rows.tasks.map(\.code) == plan.tasks.map(\.code))
    }

    /// A task's agencies come back from its rows whole and in plan order, lead and cooperating apart:
    /// several of each (more than ten, so positions sort as numbers, not text), none at all, only
    /// cooperating ones, names with commas, quotes, colons and digits and Vietnamese letters; with the
    /// standing filter (one query) and the agency filter (another) too.
    @Test(arguments: StoreBackend.available) func agenciesComeBackWholeInPlanOrder(backend: StoreBackend) throws {
        let names = ["Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Ban \"Dân tộc\" tỉnh Kon Tum",
                     "Sở 12:3 – “Kế hoạch”, Đầu tư", "Công an tỉnh; l0:4:", "Trường Cao đẳng Kon Tum",
                     "Đài Phát thanh và Truyền hình", "Bộ Khoa học và Công nghệ", "Liên minh Hợp tác xã",
                     "Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng"]
        let overdue = Timeframe(text: "Tháng 6/2025", kind: .month, start: CalendarDate(year: 2025, month: 6, day: 1),
                                end: CalendarDate(year: 2025, month: 6, day: 30))
        func refs(_ indices: [Int]) -> [AgencyRef] { indices.map { PlanFixture.agency(names[$0]) } }
        var fixture = PlanFixture()
        fixture.tasks = [
            PlanTask(code: "1.1", groupCode: "1", text: "Hai cơ quan chủ trì, mười một phối hợp", lead: refs([3, 1]),
                     cooperating: refs([12, 0, 11, 2, 10, 4, 9, 5, 8, 6, 7]), timeframe: overdue, sourceLine: 20),
            PlanTask(code: "1.2", groupCode: "1", text: "Không giao cơ quan nào", lead: [], cooperating: [],
                     timeframe: overdue, sourceLine: 21),
            PlanTask(code: "2.1", groupCode: "2", text: "Chỉ phối hợp", lead: [], cooperating: refs([4, 2]),
                     timeframe: overdue, sourceLine: 22),
            PlanTask(code: "2.2", groupCode: "2", text: "Một chủ trì", lead: refs([2]), cooperating: [],
                     timeframe: .init(text: "Thường xuyên", kind: .continuous), sourceLine: 23),
        ]
        let plan = fixture.plan
        let handle = try backend.makeStore()
        defer { withExtendedLifetime(handle) {} }  // the store's directory or database lives as long as the test
        let store = try handle.openStore()
        let planID = try store.importPlan(plan, sourceText: fixture.sourceText, by: "lan").planID
        let day = Self.days[3]
        let expected = plan.tasks.map { [$0.code] + $0.lead.map(\.printed) + ["|"] + $0.cooperating.map(\.printed) }
        func agencies(_ listing: TaskListing) -> [[String]] { listing.tasks.map { [$0.code] + $0.lead + ["|"] + $0.cooperating } }
        let all = try store.listTasks(planID: planID, query: TaskQuery(asOf: day))
        #expect(agencies(all) == expected)
        #expect(all == (try store.listTasksFromPlan(planID: planID, query: TaskQuery(asOf: day))))
        let late = try store.listTasks(planID: planID, query: TaskQuery(asOf: day, standing: .overdue))
        #expect(agencies(late) == Array(expected.prefix(3)))
        let quoted = TaskQuery(asOf: day, agency: { $0.printed == names[2] })
        let byAgency = try store.listTasks(planID: planID, query: quoted)
        #expect(agencies(byAgency) == [expected[0], expected[2], expected[3]])
        #expect(byAgency == (try store.listTasksFromPlan(planID: planID, query: quoted)))
    }

    /// Rows in any order, as a server's hash join may give them (a task's rows apart, its agencies and
    /// the tasks out of position): the assembler still gives the tasks in plan order and each role's
    /// names by position.
    @Test func assemblerOrdersRowsGivenInAnyOrder() throws {
        func row(_ position: Int, _ agency: (lead: Bool, name: String, position: Int)?) -> ListingRow {
            ListingRow(code: "T\(position)", position: position, groupCode: "1", text: "Nhiệm vụ \(position)", timeframeText: "2025",
                       yearly: false, year: nil, status: nil, progress: nil, note: nil, doneOn: nil, version: nil, updatedBy: nil,
                       updatedAtMs: nil, deadline: "2025-12-31", standing: .overdue,
                       agency: agency.map { ListingAgency(isLead: $0.lead, printed: $0.name, position: $0.position) })
        }
        let rows = [row(5, (false, "c2", 2)), row(1, nil), row(5, (true, "l1", 1)), row(3, (false, "x0", 0)),
                    row(5, (false, "c0", 0)), row(5, (true, "l0", 0)), row(2, (true, "y0", 0)), row(5, (false, "c10", 10)),
                    row(5, (false, "c1", 1)), row(3, (true, "z0", 0))]
        for permutation in [rows, rows.reversed(), Array(rows[4...] + rows[..<4])] {
            var assembler = ListingAssembler(asOfYear: 2026)
            for row in permutation { try assembler.add(row) }
            let result = assembler.tasks()
            #expect(result.positions == [1, 2, 3, 5])
            #expect(result.tasks.map(\.code) == ["T1", "T2", "T3", "T5"])
            #expect(result.tasks.map(\.lead) == [[], ["y0"], ["z0"], ["l0", "l1"]])
            #expect(result.tasks.map(\.cooperating) == [[], [], ["x0"], ["c0", "c1", "c2", "c10"]])
        }
    }

    /// The first page read from the rows and the payload's first tasks is the whole plan cut.
    @Test(arguments: StoreBackend.available) func firstPageIsTheWholePlanCut(backend: StoreBackend) throws {
        let (handle, store, plan, planID) = try Self.synthetic(backend, agencies: 20, tasks: 300)
        defer { withExtendedLifetime(handle) {} }  // the store's directory or database lives as long as the test
        try Self.scatterStatuses(store, plan: plan, planID: planID, seed: 3)
        let statuses = try store.statuses(planID: planID)
        for limit in [0, 1, 120, 300, 1_000] {
            let page = try #require(try store.firstPage(planID: planID, taskLimit: limit))
            let cut = PlanFirstPage(whole: plan, statuses: statuses, taskLimit: limit)
            #expect(page.plan == cut.plan, "limit \(limit)")
            #expect(page.taskCount == 300)
            #expect(page.statuses == cut.statuses, "limit \(limit)")
            #expect(page.isWhole == (limit >= 300))
        }
        #expect(try store.firstPage(planID: "no-such-plan", taskLimit: 4) == nil)
    }

    /// A store written before v4 gets each task's timeframe text and start from its plan.
    @Test func backfillRestoresTimeframes() throws {
        let dir = try TemporaryDirectory()
        let fixture = PlanFixture()
        let store = try dir.openStore()
        let planID = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan").planID
        let query = TaskQuery(asOf: Self.days[3])
        let before = try store.listTasks(planID: planID, query: query)
        try store.queue.write { db in
            try db.execute(sql: "UPDATE task SET timeframe_text = '', timeframe_start = NULL")
            try SQLiteSchema.v4Backfill(db)
        }
        #expect(try store.listTasks(planID: planID, query: query) == before)
        #expect(before == (try store.listTasksFromPlan(planID: planID, query: query)))
    }

    /// A file written before v4 (rows as v1–v2 wrote them) opens with its plan whole, its payload moved,
    /// its agencies as rows, and lists that agree with the plan.
    @Test func fileFromBeforeV4Migrates() throws {
        let dir = try TemporaryDirectory()
        let fixture = PlanFixture()
        let plan = fixture.plan
        let queue = try DatabaseQueue(path: dir.databasePath)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v2: plans stored in the compact plan codec instead of JSON")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO plan(id, identity_key, position, number, title, issuer, province, source_text, source_digest,
                                 plan_blob, task_count, imported_at_ms, imported_by, updated_at_ms)
                VALUES ('kon-tum-3785', 'k', 1, ?, ?, ?, ?, ?, 'd', ?, ?, 0, 'lan', 0)
                """, arguments: [plan.identity.number, plan.identity.title, plan.identity.issuer, plan.identity.province,
                                 fixture.sourceText, Data(PlanCodec.encode(plan)), plan.tasks.count])
            for (position, task) in plan.tasks.enumerated() {
                try db.execute(sql: """
                    INSERT INTO task(plan_id, code, position, group_code, text, timeframe_kind, timeframe_end, yearly)
                    VALUES ('kon-tum-3785', ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [task.code, position, task.groupCode, task.text, task.timeframe.kind.rawValue,
                                     task.timeframe.end?.iso, task.timeframe.hasYearlyInstances])
                for (role, agencies) in [("lead", task.lead), ("cooperating", task.cooperating)] {
                    for (index, agency) in agencies.enumerated() {
                        try db.execute(sql: """
                            INSERT INTO task_agency(plan_id, task_code, role, position, printed, canonical, agency_id, search_key)
                            VALUES ('kon-tum-3785', ?, ?, ?, ?, ?, ?, ?)
                            """, arguments: [task.code, role, index, agency.printed, agency.canonical, agency.agencyID,
                                             SearchKey.make(agency.printed + " " + agency.canonical)])
                    }
                }
            }
        }
        let store = try dir.openStore()
        #expect(try store.plan(id: "kon-tum-3785") == plan)
        #expect(try store.sourceText(planID: "kon-tum-3785") == fixture.sourceText)
        #expect(try store.plans().map(\.taskCount) == [plan.tasks.count])
        let mentions = Set(plan.tasks.flatMap { $0.lead + $0.cooperating }.map(AgencyMention.init))
        #expect(Set(try store.agencyMentions(planID: "kon-tum-3785")) == mentions)
        for day in Self.days {
            let query = TaskQuery(asOf: day, agency: { $0.printed.hasPrefix("Sở") })
            #expect(try store.listTasks(planID: "kon-tum-3785", query: query)
                    == (try store.listTasksFromPlan(planID: "kon-tum-3785", query: query)))
        }
        #expect(try store.integrityCheck() == "ok")
    }
}
