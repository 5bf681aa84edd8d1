import ArgumentParser
import Foundation
import PlanKit
import Wording
import PlanStore

/// `kehoach admin init|grant`: setting up a province's shared PostgreSQL store.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: HelpText.text(.adminAbstract),
        discussion: HelpText.text(.adminDiscussion)
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
        throw CommandSupport.Failure(message: l(CommandMessage.adminSharedPostgresqlStore(locationPath: location.path)), code: 1)
    }
    do {
        return try PostgresConnectionInfo.parse(location.path, environment: environment)
    } catch {
        throw CommandSupport.Failure(message: l(CommandMessage.adminNotValidPostgresqlUrl(error: String(describing: error))), code: 1)
    }
}

struct AdminInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HelpText.text(.adminInitAbstract))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let l = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        let info = try postgresInfo(global, l)
        do {
            try PostgresRights.initialize(info)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, l), code: 1)
        }
        StandardOutput.print(l(CommandMessage.adminInitCreatedSchemaRoles(displayURL: info.displayURL)))
    }
}

struct AdminGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: HelpText.text(.adminGrantAbstract))

    @Argument(help: HelpText.option(.adminGrantAgency))
    var agency: String

    @Argument(help: HelpText.option(.adminGrantLogin))
    var login: String

    @Option(help: HelpText.option(.adminGrantPassword))
    var password: String?

    @Option(help: HelpText.option(.adminGrantRole))
    var role: String = "agency"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let l = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        guard let role = PostgresRights.Role(rawValue: role) else {
            throw CommandSupport.Failure(message: l(CommandWord.adminGrantRoleMustAgencyCoordinator), code: 1)
        }
        let info = try postgresInfo(global, l)
        do {
            try PostgresRights.grant(agency: agency, login: login, password: password, role: role, info)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, l), code: 1)
        }
        StandardOutput.print(l(CommandMessage.adminGrantLoginSpeaks(login: login, roleRawValue: role.rawValue, nfc: agency.nfc)))
    }
}
