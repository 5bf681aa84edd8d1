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
        abstract: HelpText.text(vi: "Chép cả kho (kế hoạch, tình hình, lịch sử, chỉ tiêu, kết quả, cài đặt) giữa SQLite và PostgreSQL.",
                                en: "Copy a whole store (plans, statuses, history, targets, results, settings) between SQLite and PostgreSQL."),
        discussion: HelpText.text(vi: """
        Kho đích được ghi trong một giao dịch và đếm lại từng bảng trước khi xác nhận: hoặc chép đủ, hoặc \
        không có gì được ghi. Kho đích đã có dữ liệu thì bị từ chối, trừ khi có --replace (xoá hết dữ liệu \
        cũ của kho đích trong cùng giao dịch). Kho PostgreSQL đích cần tài khoản chủ cơ sở dữ liệu (người đã chạy admin init): \
        chỉ tài khoản đó được ghi lịch sử kết quả như nó có ở kho nguồn.
        """, en: """
        The destination is written in one transaction and every table is counted again before it commits: \
        either all is copied or nothing is written. A destination that holds data is refused unless given \
        --replace (its old data is deleted in the same transaction). A PostgreSQL destination needs the \
        database's owner (who ran admin init): only that login may write the result history as the source holds it.
        """) + "\n\n" + HelpText.examples("""
          kehoach copy --from ~/.local/share/kehoach/kehoach.sqlite --to postgres://admin@db.tinh.gov.vn/kehoach
          kehoach copy --from postgres://admin@db.tinh.gov.vn/kehoach --to /tmp/ban-sao.sqlite
        """)
    )

    @Option(help: HelpText.option(vi: "Kho nguồn: tệp SQLite hoặc URL postgres://…", en: "The source store: a SQLite file or a postgres://… URL."))
    var from: String

    @Option(help: HelpText.option(vi: "Kho đích: tệp SQLite (tạo khi chưa có) hoặc URL postgres://…",
                                  en: "The destination store: a SQLite file (created when missing) or a postgres://… URL."))
    var to: String

    @Flag(help: HelpText.option(vi: "Thay toàn bộ dữ liệu của kho đích.", en: "Replace everything the destination holds."))
    var replace = false

    @Option(name: .customLong("lang"), help: HelpText.option(vi: "Ngôn ngữ giao diện: vi hoặc en.", en: "Interface language: vi or en."))
    var language: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let l = Language.resolve(option: language, environment: environment)
        let source = StoreLocation.resolve(option: from, environment: environment)
        let destination = StoreLocation.resolve(option: to, environment: environment)
        let sourceName = StoreOpener.displayName(source, environment: environment)
        let destinationName = StoreOpener.displayName(destination, environment: environment)
        if !PostgresConnectionInfo.isURL(source.path), !FileManager.default.fileExists(atPath: source.path) {
            throw CommandSupport.Failure(message: l.pick(vi: "không có kho nguồn \(sourceName)", en: "no source store \(sourceName)"), code: 1)
        }
        if sourceName == destinationName || Self.sameFile(source.path, destination.path) {
            throw CommandSupport.Failure(message: l.pick(vi: "kho nguồn và kho đích là một", en: "the source and the destination are the same store"),
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
        StandardOutput.print(l.pick(vi: "Đã chép \(sourceName) → \(destinationName):", en: "Copied \(sourceName) → \(destinationName):"))
        let width = StoreTables.all.map { $0.name.count }.max() ?? 0
        StandardOutput.print("  " + TextLayout.fit(l.pick(vi: "bảng", en: "table"), width: width) + "  "
                             + TextLayout.fit(l.pick(vi: "nguồn", en: "source"), width: 11, alignRight: true) + "  "
                             + TextLayout.fit(l.pick(vi: "đích", en: "destination"), width: 11, alignRight: true))
        for table in StoreTables.all {
            let here = counts.source[table.name] ?? 0, there = counts.destination[table.name] ?? 0
            StandardOutput.print("  " + TextLayout.fit(table.name, width: width) + "  " + TextLayout.fit(String(here), width: 11, alignRight: true) + "  "
                                 + TextLayout.fit(String(there), width: 11, alignRight: true))
        }
    }

    static func describe(_ error: CopyError, _ destination: String, _ l: Language) -> String {
        switch error {
        case .destinationNotEmpty(let table, let rows):
            return l.pick(vi: "kho đích \(destination) đã có dữ liệu (bảng \(table): \(rows) dòng); không có gì được ghi — thêm --replace để thay toàn bộ",
                          en: "the destination \(destination) holds data (table \(table): \(rows) rows); nothing was written — add --replace to replace it all")
        case .countMismatch(let table, let source, let found):
            return l.pick(vi: "bảng \(table): nguồn có \(source) dòng, đích đếm được \(found); không có gì được ghi",
                          en: "table \(table): the source has \(source) rows, the destination counted \(found); nothing was written")
        case .sameStore:
            return l.pick(vi: "kho nguồn và kho đích là một", en: "the source and the destination are the same store")
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
