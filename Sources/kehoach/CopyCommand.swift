import ArgumentParser
import Foundation
import PlanKit
import PlanStore
import Wording

/// `kehoach copy --from SRC --to DST`: a whole store moved between SQLite and PostgreSQL (either way,
/// or between two of one kind), written in one transaction on the destination and verified by counts.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: HelpText.text(.copyAbstract),
        discussion: HelpText.text(.copyDiscussion) + "\n\n" + HelpText.examples("""
          kehoach copy --from ~/.local/share/kehoach/kehoach.sqlite --to postgres://admin@db.tinh.gov.vn/kehoach
          kehoach copy --from postgres://admin@db.tinh.gov.vn/kehoach --to /tmp/ban-sao.sqlite
        """)
    )

    @Option(help: HelpText.option(.copyFrom))
    var from: String

    @Option(help: HelpText.option(.copyTo))
    var to: String

    @Flag(help: HelpText.option(.copyReplace))
    var replace = false

    @Option(name: .customLong("lang"), help: HelpText.option(.copyLanguage))
    var language: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let l = Language.resolve(option: language, environment: environment)
        let source = StoreLocation.resolve(option: from, environment: environment)
        let destination = StoreLocation.resolve(option: to, environment: environment)
        let sourceName = StoreOpener.displayName(source, environment: environment)
        let destinationName = StoreOpener.displayName(destination, environment: environment)
        if !PostgresConnectionInfo.isURL(source.path), !FileManager.default.fileExists(atPath: source.path) {
            throw CommandSupport.Failure(message: l(CommandMessage.copyNoSourceStore(sourceName: sourceName)), code: 1)
        }
        if sourceName == destinationName || Self.sameFile(source.path, destination.path) {
            throw CommandSupport.Failure(message: l(CommandWord.copySourceDestinationSameStore),
                                         code: 1)
        }
        let counts: (source: [String: Int], destination: [String: Int])
        do {
            let from = try StoreOpener.open(source, environment: environment, readOnlyIfUnwritable: true)
            defer { (from as? PostgresStore)?.close() }
            let createdHere = !PostgresConnectionInfo.isURL(destination.path) && !FileManager.default.fileExists(atPath: destination.path)
            do {
                let to = try StoreOpener.open(destination, environment: environment)
                defer { (to as? PostgresStore)?.close() }
                guard let reader = from as? StoreCopying, let writer = to as? StoreCopying else {
                    throw StoreError.openFailed(path: destinationName, reason: "not a store kehoach can copy")
                }
                counts = try StoreCopy.copy(from: reader, to: writer, replacing: replace)
            } catch {
                // A SQLite file this command created and could not fill is not left behind, empty.
                if createdHere { Self.removeSQLite(destination.path) }
                throw error
            }
        } catch let error as CopyError {
            throw CommandSupport.Failure(message: Self.describe(error, destinationName, l), code: 1)
        } catch {
            throw CommandSupport.Failure(message: StoreErrorText.describe(error, l), code: 1)
        }
        StandardOutput.print(l(CommandMessage.copyCopied(sourceName: sourceName, destinationName: destinationName)))
        let width = StoreTables.all.map { $0.name.count }.max() ?? 0
        StandardOutput.print("  " + TextLayout.fit(l(CommandWord.copyTable), width: width) + "  "
                             + TextLayout.fit(l(CommandWord.copySource), width: 11, alignRight: true) + "  "
                             + TextLayout.fit(l(CommandWord.copyDestination), width: 11, alignRight: true))
        for table in StoreTables.all {
            let here = counts.source[table.name] ?? 0, there = counts.destination[table.name] ?? 0
            StandardOutput.print("  " + TextLayout.fit(table.name, width: width) + "  " + TextLayout.fit(String(here), width: 11, alignRight: true) + "  "
                                 + TextLayout.fit(String(there), width: 11, alignRight: true))
        }
    }

    static func describe(_ error: CopyError, _ destination: String, _ l: Language) -> String {
        switch error {
        case .destinationNotEmpty(let table, let rows):
            return l(CommandMessage.copyDestinationHoldsDataTable(destination: destination, table: table, rows: rows))
        case .countMismatch(let table, let source, let found):
            return l(CommandMessage.copyTableSourceHasRows(table: table, source: source, found: found))
        case .sameStore:
            return l(CommandWord.copySourceDestinationSameStore)
        }
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    private static func removeSQLite(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
