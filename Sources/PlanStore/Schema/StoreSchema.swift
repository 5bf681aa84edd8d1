/// The store's schema, declared once for both backends: every table, column and index, and the version
/// that brought it. SQLite replays the versions as its migrations; a new PostgreSQL database is made in
/// the latest shape at once (`tables(at:)`) and later versions are applied to it. A later kehoach appends
/// a version and never edits one, so every older store can be opened; a store of a version higher than
/// `latestVersion` is refused by both backends.
///
/// Times are integer milliseconds since 1970, so a record reads back equal to what was written. Statuses
/// use year 0 for "not a yearly instance": a NULL in a primary key would allow duplicates.
enum StoreSchema {
    static var latestVersion: Int { versions.last?.number ?? 0 }

    static let versions: [SchemaVersion] = [
        SchemaVersion(number: 1, title: "plans, tasks, statuses, history, targets, settings", changes: [
            .createTable(SchemaTable(name: "plan", columns: [
                SchemaColumn("id", .text, .primaryKey),
                SchemaColumn("identity_key", .text, .notNull, .unique),
                SchemaColumn("position", .bigInteger, .notNull),
                SchemaColumn("number", .text),
                SchemaColumn("title", .text, .notNull),
                SchemaColumn("issuer", .text, .notNull),
                SchemaColumn("province", .text),
                SchemaColumn("source_text", .text, .notNull),
                SchemaColumn("source_digest", .text, .notNull),
                SchemaColumn("plan_json", .text, .notNull),
                SchemaColumn("task_count", .bigInteger, .notNull),
                SchemaColumn("imported_at_ms", .bigInteger, .notNull),
                SchemaColumn("imported_by", .text, .notNull),
                SchemaColumn("updated_at_ms", .bigInteger, .notNull),
            ])),
            .createTable(SchemaTable(name: "task", columns: [
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("code", .text, .notNull),
                SchemaColumn("position", .bigInteger, .notNull),
                SchemaColumn("group_code", .text, .notNull),
                SchemaColumn("text", .text, .notNull),
                SchemaColumn("timeframe_kind", .text, .notNull),
                SchemaColumn("timeframe_end", .text),
                SchemaColumn("yearly", .boolean, .notNull),
            ], primaryKey: ["plan_id", "code"], withoutRowID: true)),
            // Who leads and who cooperates, one row per agency, so lists by agency are indexable.
            .createTable(SchemaTable(name: "task_agency", columns: [
                SchemaColumn("plan_id", .text, .notNull),
                SchemaColumn("task_code", .text, .notNull),
                SchemaColumn("role", .text, .notNull, .check("role IN ('lead', 'cooperating')")),
                SchemaColumn("position", .bigInteger, .notNull),
                SchemaColumn("printed", .text, .notNull),
                SchemaColumn("canonical", .text, .notNull),
                SchemaColumn("agency_id", .text),
                SchemaColumn("search_key", .text, .notNull),
            ], primaryKey: ["plan_id", "task_code", "role", "position"],
               foreignKeys: [taskReference], withoutRowID: true)),
            .createIndex(SchemaIndex(name: "task_agency_by_agency", table: "task_agency", columns: ["agency_id", "plan_id"])),
            .createTable(SchemaTable(name: "status", columns: [
                SchemaColumn("plan_id", .text, .notNull),
                SchemaColumn("task_code", .text, .notNull),
                SchemaColumn("year", .integer, .notNull, .defaultValue("0")),
                SchemaColumn("status", .text, .notNull, .check("status IN ('not-started', 'in-progress', 'done', 'suspended')")),
                SchemaColumn("progress", .integer, .check("progress BETWEEN 0 AND 100")),
                SchemaColumn("note", .text),
                SchemaColumn("done_on", .text),
                SchemaColumn("version", .bigInteger, .notNull, .check("version > 0")),
                SchemaColumn("updated_by", .text),
                SchemaColumn("updated_at_ms", .bigInteger),
            ], primaryKey: ["plan_id", "task_code", "year"], foreignKeys: [taskReference], withoutRowID: true)),
            // One row per write call: the unit of undo and redo.
            .createTable(SchemaTable(name: "batch", columns: [
                SchemaColumn("id", .serial),
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("who", .text, .notNull),
                SchemaColumn("at_ms", .bigInteger, .notNull),
                SchemaColumn("kind", .text, .notNull, .check("kind IN ('edit', 'undo', 'redo')")),
                SchemaColumn("replay_of", .bigInteger),
                SchemaColumn("undone_by", .bigInteger),
                SchemaColumn("redone_by", .bigInteger),
            ])),
            .createIndex(SchemaIndex(name: "batch_by_plan_who", table: "batch", columns: ["plan_id", "who", "id"])),
            // History outlives the tasks it names: a task removed by an amendment keeps its past.
            .createTable(SchemaTable(name: "history", columns: [
                SchemaColumn("id", .serial),
                SchemaColumn("batch_id", .bigInteger, .notNull, .references("batch(id) ON DELETE CASCADE")),
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("task_code", .text, .notNull),
                SchemaColumn("year", .integer, .notNull, .defaultValue("0")),
                SchemaColumn("at_ms", .bigInteger, .notNull),
                SchemaColumn("who", .text, .notNull),
                SchemaColumn("kind", .text, .notNull),
                SchemaColumn("replay_of", .bigInteger),
                SchemaColumn("from_json", .text),
                SchemaColumn("to_json", .text, .notNull),
                SchemaColumn("note", .text),
            ])),
            .createIndex(SchemaIndex(name: "history_by_task", table: "history", columns: ["plan_id", "task_code", "year", "id"])),
            .createIndex(SchemaIndex(name: "history_by_batch", table: "history", columns: ["batch_id"])),
            .createTable(SchemaTable(name: "target_value", columns: [
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("objective_index", .integer, .notNull),
                SchemaColumn("target_index", .integer, .notNull),
                SchemaColumn("year", .integer, .notNull),
                SchemaColumn("value", .real, .notNull),
                SchemaColumn("note", .text),
                SchemaColumn("updated_by", .text, .notNull),
                SchemaColumn("updated_at_ms", .bigInteger, .notNull),
            ], primaryKey: ["plan_id", "objective_index", "target_index", "year"], withoutRowID: true)),
            .createTable(SchemaTable(name: "setting", columns: [
                SchemaColumn("name", .text, .primaryKey),
                SchemaColumn("value", .text, .notNull),
            ], withoutRowID: true)),
        ]),
        // Loading a plan of 100,000 tasks from JSON took seconds; the codec reads it in a tenth of that.
        SchemaVersion(number: 2, title: "plans stored in the compact plan codec instead of JSON", changes: [
            .addColumn(table: "plan", SchemaColumn("plan_blob", .blob)),
            .dropColumn(table: "plan", column: "plan_json"),
        ]),
        // A plan imported from Word or PDF keeps what the file was and its bytes' digest beside the text
        // kehoach extracted from it; plans stored before this were text files.
        SchemaVersion(number: 3, title: "the original file's kind and digest", changes: [
            .addColumn(table: "plan", SchemaColumn("source_file_kind", .text, .notNull, .defaultValue("'text'"))),
            .addColumn(table: "plan", SchemaColumn("source_file_digest", .text)),
        ]),
        // Commands ask rows instead of decoding plans: task rows carry all a list needs (the timeframe as
        // printed and its first day); each plan's distinct agencies are rows of their own, so a filter
        // judges a few hundred names instead of every mention. The plan's two large values move to
        // `plan_payload`: SQLite walks every overflow page of a large column to reach the columns after it.
        SchemaVersion(number: 4, title: "task rows with their timeframe, plan agencies as rows, plan payloads apart, indexes for lists", changes: [
            .addColumn(table: "task", SchemaColumn("timeframe_text", .text, .notNull, .defaultValue("''"))),
            .addColumn(table: "task", SchemaColumn("timeframe_start", .text)),
            .createIndex(SchemaIndex(name: "task_by_position", table: "task", columns: ["plan_id", "position"])),
            .createIndex(SchemaIndex(name: "task_agency_by_mention", table: "task_agency",
                                     columns: ["plan_id", "printed", "canonical", "agency_id"])),
            .createTable(SchemaTable(name: "plan_agency", columns: [
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("printed", .text, .notNull),
                SchemaColumn("canonical", .text, .notNull),
                SchemaColumn("agency_id", .text),
                SchemaColumn("search_key", .text, .notNull),
            ])),
            .createIndex(SchemaIndex(name: "plan_agency_by_name", table: "plan_agency",
                                     columns: ["plan_id", "printed", "canonical", "coalesce(agency_id, '')"], unique: true)),
            .createTable(SchemaTable(name: "plan_payload", columns: [
                SchemaColumn("plan_id", .text, .primaryKey, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("plan_blob", .blob, .notNull),
                SchemaColumn("source_text", .text, .notNull),
            ])),
            .dropColumn(table: "plan", column: "plan_blob"),
            .dropColumn(table: "plan", column: "source_text"),
        ]),
        // The reporting form's rows and each agency's sections, keyed by period code ("2026-Q4") and the
        // agency's reporting key, the record itself as JSON; every version written kept in
        // `result_history`. Not tied to `task` rows: an amendment that drops a task keeps what was reported.
        SchemaVersion(number: 5, title: "results per reporting period", changes: [
            .createTable(SchemaTable(name: "task_result", columns: [
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("period", .text, .notNull),
                SchemaColumn("task_code", .text, .notNull),
                SchemaColumn("agency", .text, .notNull),
                SchemaColumn("version", .bigInteger, .notNull, .check("version > 0")),
                SchemaColumn("record_json", .text, .notNull),
            ], primaryKey: ["plan_id", "period", "task_code", "agency"], withoutRowID: true)),
            .createTable(SchemaTable(name: "agency_section", columns: [
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("period", .text, .notNull),
                SchemaColumn("agency", .text, .notNull),
                SchemaColumn("version", .bigInteger, .notNull, .check("version > 0")),
                SchemaColumn("record_json", .text, .notNull),
            ], primaryKey: ["plan_id", "period", "agency"], withoutRowID: true)),
            .createTable(SchemaTable(name: "result_history", columns: [
                SchemaColumn("id", .serial),
                SchemaColumn("plan_id", .text, .notNull, .references("plan(id) ON DELETE CASCADE")),
                SchemaColumn("kind", .text, .notNull, .check("kind IN ('result', 'sections')")),
                SchemaColumn("record_json", .text, .notNull),
                SchemaColumn("who", .text, .notNull),
                SchemaColumn("at_ms", .bigInteger, .notNull),
            ])),
            .createIndex(SchemaIndex(name: "result_history_by_plan", table: "result_history", columns: ["plan_id", "id"])),
        ]),
        // No table changes: PostgreSQL's trigger (`PostgresSchema.serverSteps`); SQLite's store writes
        // each revision in the same transaction as the row.
        SchemaVersion(number: 6, title: "result revisions written by the server", changes: []),
        // The order of a plan's agencies is their meaning (first mention first): a column both backends
        // hold and copy, rather than SQLite's hidden rowid.
        SchemaVersion(number: 7, title: "plan agencies numbered in first-mention order", changes: [
            .addColumn(table: "plan_agency", SchemaColumn("seq", .serial)),
        ]),
        // No table changes: PostgreSQL refuses a revision written by hand (`PostgresSchema.serverSteps`).
        SchemaVersion(number: 8, title: "result revisions refused to direct writes", changes: []),
        // `who` is the name a writer gives; `login` is the server login that wrote the row, stamped by
        // PostgreSQL itself (`PostgresSchema.v9`), so a trail cannot be signed in another login's name.
        // A SQLite store has no logins: there it stays empty.
        SchemaVersion(number: 9, title: "the login that wrote each batch, history line and result revision", changes: [
            .addColumn(table: "batch", SchemaColumn("login", .text)),
            .addColumn(table: "history", SchemaColumn("login", .text)),
            .addColumn(table: "result_history", SchemaColumn("login", .text)),
        ]),
        // A task's agencies name the plan's agency rows by number instead of repeating each name, id and
        // search key: at 100,000 tasks the links and their two indexes were half the store (139 of 275 MB)
        // and most of an import's writing. Agency ids are looked up on `plan_agency` (a few hundred rows a plan).
        SchemaVersion(number: 10, title: "task agencies as numbers of the plan's agency rows", changes: [
            .createTable(SchemaTable(name: "task_mention", columns: [
                SchemaColumn("plan_id", .text, .notNull),
                SchemaColumn("task_code", .text, .notNull),
                SchemaColumn("role", .text, .notNull, .check("role IN ('lead', 'cooperating')")),
                SchemaColumn("position", .bigInteger, .notNull),
                SchemaColumn("agency", .bigInteger, .notNull, .references("plan_agency(seq) ON DELETE CASCADE")),
            ], primaryKey: ["plan_id", "task_code", "role", "position"],
               foreignKeys: [taskReference], withoutRowID: true)),
            // A plan's agency numbers are its own (`seq` is unique over the store): the tasks of an agency, and
            // the links a removed agency row takes with it, by the number alone.
            .createIndex(SchemaIndex(name: "task_mention_by_agency", table: "task_mention", columns: ["agency"])),
            .dropTable("task_agency"),
        ]),
    ]

    /// Version 10's rows from version 9's, the same SQL in both backends: each link of `task_agency` with
    /// the number of its plan's agency row (v4 made one row per distinct mention, and every import since).
    static let v10NumberMentions = """
        INSERT INTO task_mention(plan_id, task_code, role, position, agency)
            SELECT ta.plan_id, ta.task_code, ta.role, ta.position, pa.seq
            FROM task_agency ta JOIN plan_agency pa
              ON pa.plan_id = ta.plan_id AND pa.printed = ta.printed AND pa.canonical = ta.canonical
             AND coalesce(pa.agency_id, '') = coalesce(ta.agency_id, '')
        """

    private static let taskReference = "FOREIGN KEY (plan_id, task_code) REFERENCES task(plan_id, code) ON DELETE CASCADE"

    /// The tables and indexes after every version up to `version`, in creation order (which satisfies
    /// the foreign keys); an added column comes after the table's existing ones, as SQLite appends it.
    static func tables(at version: Int) -> (tables: [SchemaTable], indexes: [SchemaIndex]) {
        var tables: [SchemaTable] = []
        var indexes: [SchemaIndex] = []
        for step in versions where step.number <= version {
            for change in step.changes {
                switch change {
                case .createTable(let table):
                    tables.append(table)
                case .addColumn(let name, let column):
                    if let at = tables.firstIndex(where: { $0.name == name }) { tables[at].columns.append(column) }
                case .dropColumn(let name, let column):
                    if let at = tables.firstIndex(where: { $0.name == name }) { tables[at].columns.removeAll { $0.name == column } }
                case .createIndex(let index):
                    indexes.append(index)
                case .dropTable(let name):
                    tables.removeAll { $0.name == name }
                    indexes.removeAll { $0.table == name }
                }
            }
        }
        return (tables, indexes)
    }

    static var latestTables: [SchemaTable] { tables(at: latestVersion).tables }

    static func table(_ name: String, at version: Int = latestVersion) -> SchemaTable? {
        tables(at: version).tables.first { $0.name == name }
    }
}
