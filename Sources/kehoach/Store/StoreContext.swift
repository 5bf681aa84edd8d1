import Wording
import Foundation
import PlanKit
import PlanStore
#if canImport(Glibc)
import Glibc
#endif

/// What a store command works with: the open store, who is acting, and the language to answer in.
struct StoreContext {
    let store: any SourceFileStore
    let location: StoreLocation
    let user: String
    let language: Language

    /// Opens the store the options point at; an empty store first gets the bundled plans. A command that
    /// only reads (`forReading`) opens a store it cannot write read-only rather than failing.
    static func open(_ global: GlobalOptions, importBundled: Bool = true, forReading: Bool = false) throws -> StoreContext {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(option: global.language, environment: environment)
        let given = StoreLocation.resolve(option: global.databasePath, environment: environment)
        // Messages name the store; a PostgreSQL URL is shown without its password.
        let location = StoreLocation(path: StoreOpener.displayName(given, environment: environment), source: given.source)
        let user = UserName.resolve(option: global.user, environment: environment)
        let store: any SourceFileStore
        do {
            store = try StoreOpener.open(given, environment: environment, readOnlyIfUnwritable: forReading)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, language), code: 1)
        }
        if importBundled && !store.isReadOnly {
            do {
                try BundledPlans.importIfEmpty(into: store, by: user)
            } catch {
                // The commands still work on an empty store; say why it is empty.
                CommandSupport.printError("kehoach: " + language(CommandMessage.storeContextCouldNotImportBundled(
                    error: String(describing: error))))
            }
        }
        return StoreContext(store: store, location: location, user: user, language: language)
    }

    /// Runs a store call, turning its errors into one-line failures in the user's language.
    func attempt<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandSupport.Failure {
            throw failure
        } catch {
            if case StoreError.writeFailed? = error as? StoreError {
                // SQLite says why in English; the known causes (read-only, disk full, locked) are worded.
                throw CommandSupport.Failure(message: language(CommandWord.storeContextNotWritten)
                                             + SaveFailureText.describe(error, language), code: 1)
            }
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, language), code: 1)
        }
    }

    /// The plan a user typed: its id, the id's slug form ("Kon Tum 3785"), or an unambiguous prefix.
    func resolvePlan(_ typed: String) throws -> (summary: PlanSummary, plan: Plan) {
        let summary = try resolveSummary(typed)
        guard let plan = try attempt({ try store.plan(id: summary.id) }) else { throw notFound(typed) }
        return (summary, plan)
    }

    /// The plan a user typed, without reading the plan itself: for commands that ask the store's rows.
    func resolveSummary(_ typed: String) throws -> PlanSummary {
        let summaries = try attempt { try store.plans() }
        let slug = SearchKey.slug(typed)
        let match = summaries.first { $0.id == typed } ?? summaries.first { $0.id == slug }
            ?? { () -> PlanSummary? in
                let prefixed = summaries.filter { $0.id.hasPrefix(slug) && !slug.isEmpty }
                return prefixed.count == 1 ? prefixed[0] : nil
            }()
        guard let summary = match else { throw notFound(typed, known: summaries) }
        return summary
    }

    private func notFound(_ typed: String, known summaries: [PlanSummary]? = nil) -> CommandSupport.Failure {
        let known = (summaries ?? (try? store.plans()) ?? []).map(\.id).joined(separator: ", ")
        return CommandSupport.Failure(message: language(CommandMessage.planNotInStore(
            typed: typed, store: location.path, known: known)), code: 1)
    }

    /// A task by its code as printed; case and diacritics do not matter ("iii.1" finds "III.1").
    func resolveTask(_ typed: String, in plan: Plan, planID: String) throws -> PlanTask {
        if let task = plan.task(code: typed) { return task }
        let key = SearchKey.make(typed)
        if let task = plan.tasks.first(where: { SearchKey.make($0.code) == key }) { return task }
        throw CommandSupport.Failure(message: language(CommandMessage.storeContextPlanHasNoTask(
            planID: planID, typed: typed, plan: plan.tasks.first?.code ?? "1.1")), code: 1)
    }
}

/// Who makes the changes: `--as`, else `$KEHOACH_USER`, else the login name.
enum UserName {
    static func resolve(option: String?, environment: [String: String]) -> String {
        for candidate in [option, environment["KEHOACH_USER"]] {
            if let name = candidate?.cleaned.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return loginName(environment: environment)
    }

    static func loginName(environment: [String: String]) -> String {
        // getpwuid, not getlogin: getlogin needs a controlling terminal, which scripts and tests lack.
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
