import ArgumentParser
import Foundation
import PlanKit
import Wording
import PlanStore

/// `kehoach admin init|grant`: setting up a province's shared PostgreSQL store.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: HelpText.text(vi: "Thiết lập kho PostgreSQL dùng chung: lược đồ, vai trò, tài khoản của cơ quan (quản trị).",
                                en: "Set up a shared PostgreSQL store: schema, roles, agency logins (quản trị)."),
        discussion: HelpText.text(vi: "Chạy với tư cách chủ sở hữu cơ sở dữ liệu (--db postgres://… hoặc KEHOACH_DB).",
                                                  en: "Run as the database's owner (--db postgres://… or KEHOACH_DB).")
            + "\n\n" + HelpText.examples("""
          kehoach admin init --db postgres://admin@db.tinh.gov.vn/kehoach
          kehoach admin grant "Sở Tài chính" so_tai_chinh --password "…"
        """),
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
        abstract: HelpText.text(vi: "Tạo lược đồ và các vai trò (coordinator, agency, leader) với bảo mật theo dòng.",
                                en: "Create the schema and the roles (coordinator, agency, leader) with row-level security."))

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
        abstract: HelpText.text(vi: "Tạo (hoặc cập nhật) tài khoản cho một cơ quan: chỉ sửa được các nhiệm vụ có tên cơ quan đó.",
                                en: "Create (or update) a login for an agency: it may edit only the tasks that agency is named on."))

    @Argument(help: HelpText.option(vi: "Cơ quan như kế hoạch ghi, hoặc mã của nó trong danh mục.",
                                    en: "The agency as the plans name it, or its directory id."))
    var agency: String

    @Argument(help: HelpText.option(vi: "Tên đăng nhập PostgreSQL.", en: "The PostgreSQL login name."))
    var login: String

    @Option(help: HelpText.option(vi: "Mật khẩu của tài khoản (không nêu: giữ mật khẩu đang có, hoặc không có).",
                                  en: "The login's password (else it keeps the one it has, or has none)."))
    var password: String?

    @Option(help: HelpText.option(vi: "agency (mặc định), coordinator hoặc leader (chỉ đọc).",
                                  en: "agency (default), coordinator or leader (read-only)."))
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
