import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// The command line on a shared store: `--db postgres://…`, `admin init`, `admin grant`, and an
/// agency's login refused another agency's task in both languages, with nothing written.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresCommandTests {
    struct Run {
        var code: Int32
        var output: String
        var errors: String
    }

    private func kehoach(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KehoachBinary.path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(code: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }

    /// A fresh database with kehoach's schema and roles (`admin init` through the command line) and one
    /// plan imported by the coordinator; an identity other than the bundled plans', which opening may import.
    private struct InitialisedStore {
        let server: PostgresTestServer
        let info: PostgresConnectionInfo
        let adminURL: String
        let planID: String

        func url(login: String) -> String { server.url(database: info.database, user: login) }
    }

    private func initialisedStore(number: String, province: String, title: String) throws -> InitialisedStore {
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        let admin = server.url(database: info.database)
        let initRun = try kehoach(["admin", "init", "--db", admin, "--lang", "en"])
        #expect(initRun.code == 0, "\(initRun.errors)")
        let first = try kehoach(["plans", "--db", admin])
        #expect(first.code == 0, "\(first.errors)")
        var fixture = PlanFixture()
        fixture.number = number
        fixture.province = province
        fixture.issuer = "Ủy ban nhân dân tỉnh " + province
        fixture.title = title
        let planID = try PostgresStore(info: info).importPlan(fixture.plan, sourceText: fixture.sourceText, by: "vp").planID
        return InitialisedStore(server: server, info: info, adminURL: admin, planID: planID)
    }

    @Test func anAgencyLoginThroughTheCommandLine() throws {
        let store = try initialisedStore(number: "77/KH-UBND", province: "Gia Lai", title: "Kế hoạch thử quyền của cơ quan")
        let (server, info, admin, planID) = (store.server, store.info, store.adminURL, store.planID)

        let login = "stc_\(info.database)"
        let grant = try kehoach(["admin", "grant", "so-tai-chinh", login, "--db", admin])
        #expect(grant.code == 0, "\(grant.errors)")
        #expect(grant.output.contains(login))

        // The agency's URL from the environment, as libpq users write it.
        let environment = ["KEHOACH_DB": "postgres://127.0.0.1/\(info.database)", "PGPORT": String(server.port),
                           "PGUSER": login, "PGSSLMODE": "disable"]
        let english = try kehoach(["status", "set", planID, "1.1", "done", "--lang", "en"], environment: environment)
        #expect(english.code == 1)
        #expect(english.errors.contains("this task belongs to Sở Kế hoạch và Đầu tư"), "\(english.errors)")
        let vietnamese = try kehoach(["status", "set", planID, "1.1", "done", "--lang", "vi"], environment: environment)
        #expect(vietnamese.errors.contains("thuộc về Sở Kế hoạch và Đầu tư"), "\(vietnamese.errors)")
        #expect(try PostgresStore(info: info).statuses(planID: planID).isEmpty)

        let own = try kehoach(["status", "set", planID, "1.2", "in-progress", "--progress", "40"], environment: environment)
        #expect(own.code == 0, "\(own.errors)")
        #expect(try PostgresStore(info: info).statuses(planID: planID)[StatusKey(taskCode: "1.2")]?.progress == 40)
        // The history names the writer as given and, beside it, the login the server saw.
        let history = try kehoach(["history", planID, "1.2", "--lang", "en"], environment: environment)
        #expect(history.code == 0, "\(history.errors)")
        #expect(history.output.contains("(\(login))"), "\(history.output)")

        // A SQLite path is no place for logins.
        let sqlite = try kehoach(["admin", "init", "--db", "/tmp/none.sqlite", "--lang", "en"])
        #expect(sqlite.code == 1 && sqlite.errors.contains("PostgreSQL"))
    }

    /// A leader's login (`admin grant … --role leader`) reads the store; an edit through the command line
    /// is refused as a read-only login's, in the UI language, and nothing is written.
    @Test func aLeaderLoginIsToldItIsReadOnly() throws {
        let store = try initialisedStore(number: "15/KH-UBND", province: "Quảng Trị", title: "Kế hoạch theo dõi của lãnh đạo tỉnh")
        let (info, admin, planID) = (store.info, store.adminURL, store.planID)
        let login = "ld_\(info.database)"
        let grant = try kehoach(["admin", "grant", "Văn phòng UBND tỉnh", login, "--role", "leader", "--db", admin])
        #expect(grant.code == 0, "\(grant.errors)")

        let url = store.url(login: login)
        let listed = try kehoach(["list", planID, "--db", url, "--lang", "en"])
        #expect(listed.code == 0, "\(listed.errors)")
        let english = try kehoach(["status", "set", planID, "2.1", "done", "--db", url, "--lang", "en"])
        #expect(english.code == 1)
        #expect(english.errors.contains("this login is read-only"), "\(english.errors)")
        #expect(!english.errors.contains("belongs to"), "a leader is not told whose the task is")
        let vietnamese = try kehoach(["status", "set", planID, "1.2", "in-progress", "--progress", "30", "--db", url])
        #expect(vietnamese.code == 1)
        #expect(vietnamese.errors.contains("tài khoản này chỉ được xem"), "\(vietnamese.errors)")
        #expect(try PostgresStore(info: info).statuses(planID: planID).isEmpty)
    }

    /// `kehoach copy` both ways through the command line: counts printed, the same plans and history
    /// read back, and a second copy onto the filled store refused in both languages.
    @Test func copyMovesAStoreToTheServerAndBack() throws {
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        let url = server.url(database: info.database)
        let dir = try TemporaryDirectory()
        let sqlite = dir.databasePath
        // Opening imports the bundled plans; then a status edit, so history has a line.
        #expect(try kehoach(["plans", "--db", sqlite]).code == 0)
        let planID = try SQLiteStore(path: sqlite).plans().first!.id
        let edit = try kehoach(["status", "set", planID, "1.1", "in-progress", "--db", sqlite, "--as", "lan"])
        #expect(edit.code == 0, "\(edit.errors)")

        let up = try kehoach(["copy", "--from", sqlite, "--to", url, "--lang", "en"])
        #expect(up.code == 0, "\(up.errors)")
        #expect(up.output.contains("Copied"))
        let historyLine = try #require(up.output.split(separator: "\n").first { $0.hasPrefix("  history ") })
        #expect(historyLine.split(separator: " ").map(String.init) == ["history", "1", "1"])

        let again = try kehoach(["copy", "--from", sqlite, "--to", url])
        #expect(again.code == 1)
        #expect(again.errors.contains("đã có dữ liệu"), "\(again.errors)")
        let againEnglish = try kehoach(["copy", "--from", sqlite, "--to", url, "--lang", "en"])
        #expect(againEnglish.errors.contains("holds data") && againEnglish.errors.contains("--replace"))

        let back = dir.path + "/back.sqlite"
        let down = try kehoach(["copy", "--from", url, "--to", back])
        #expect(down.code == 0, "\(down.errors)")
        #expect(down.output.contains("Đã chép"))
        for arguments in [["plans"], ["history", planID]] {
            let original = try kehoach(arguments + ["--db", sqlite, "--lang", "en"])
            let copied = try kehoach(arguments + ["--db", back, "--lang", "en"])
            #expect(original.code == 0 && copied.code == 0)
            #expect(copied.output == original.output)
        }
    }
}
