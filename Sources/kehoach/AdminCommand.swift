import ArgumentParser
import Foundation
import PlanKit
import Dashboard
import PlanStore

/// `kehoach admin init|grant`: setting up a province's shared PostgreSQL store.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Set up a shared PostgreSQL store: schema, roles, agency logins (quản trị).",
        discussion: """
        Run as the database's owner. Examples:
          kehoach admin init --db postgres://admin@db.tinh.gov.vn/kehoach
          kehoach admin grant "Sở Tài chính" so_tai_chinh --password '…' --db postgres://admin@db.tinh.gov.vn/kehoach
        """,
        subcommands: [AdminInitCommand.self, AdminGrantCommand.self]
    )
}

/// The PostgreSQL store the options name; a SQLite path has no logins to manage.
private func postgresInfo(_ global: GlobalOptions, _ l: Language) throws -> PostgresConnectionInfo {
    let environment = ProcessInfo.processInfo.environment
    let location = StoreLocation.resolve(option: global.databasePath, environment: environment)
    guard PostgresConnectionInfo.isURL(location.path) else {
        throw CommandSupport.Failure(message: l.pick(
            vi: "admin chỉ dùng cho kho PostgreSQL dùng chung (--db postgres://…); \(location.path) là tệp SQLite",
            en: "admin is for a shared PostgreSQL store (--db postgres://…); \(location.path) is a SQLite file"), code: 1)
    }
    do {
        return try PostgresConnectionInfo.parse(location.path, environment: environment)
    } catch {
        throw CommandSupport.Failure(message: l.pick(vi: "địa chỉ PostgreSQL không hợp lệ: \(error)",
                                                     en: "not a valid PostgreSQL URL: \(error)"), code: 1)
    }
}

struct AdminInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the schema and the roles (coordinator, agency, leader) with row-level security.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let l = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        let info = try postgresInfo(global, l)
        do {
            try PostgresRights.initialize(info)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, l), code: 1)
        }
        StandardOutput.print(l.pick(vi: "Đã tạo lược đồ và các vai trò trong \(info.displayURL)",
                     en: "Created the schema and the roles in \(info.displayURL)"))
    }
}

struct AdminGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Create (or update) a login for an agency: it may edit only the tasks that agency is named on.")

    @Argument(help: "The agency as the plans name it, or its directory id.")
    var agency: String

    @Argument(help: "The PostgreSQL login name.")
    var login: String

    @Option(help: "The login's password (else it keeps the one it has, or has none).")
    var password: String?

    @Option(help: "agency (default), coordinator or leader (read-only).")
    var role: String = "agency"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let l = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        guard let role = PostgresRights.Role(rawValue: role) else {
            throw CommandSupport.Failure(message: l.pick(vi: "vai trò phải là agency, coordinator hoặc leader",
                                                         en: "the role must be agency, coordinator or leader"), code: 1)
        }
        let info = try postgresInfo(global, l)
        do {
            try PostgresRights.grant(agency: agency, login: login, password: password, role: role, info)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, l), code: 1)
        }
        StandardOutput.print(l.pick(vi: "Tài khoản \(login) (\(role.rawValue)) thay mặt \(agency.nfc)",
                     en: "Login \(login) (\(role.rawValue)) speaks for \(agency.nfc)"))
    }
}
