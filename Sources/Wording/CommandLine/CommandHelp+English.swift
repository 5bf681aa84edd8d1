extension CommandHelp {
    public var english: String {
        switch self {
        case .adminAbstract: return "Set up a shared PostgreSQL store: schema, roles, agency logins (quản trị)."
        case .adminDiscussion: return "Run as the database's owner (--db postgres://… or KEHOACH_DB)."
        case .adminInitAbstract: return "Create the schema and the roles (coordinator, agency, leader) with row-level security."
        case .adminGrantAbstract: return "Create (or update) a login for an agency: it may edit only the tasks that agency is named on."
        case .adminGrantAgency: return "The agency as the plans name it, or its directory id."
        case .adminGrantLogin: return "The PostgreSQL login name."
        case .adminGrantPassword: return "The login's password (else it keeps the one it has, or has none)."
        case .adminGrantRole: return "agency (default), coordinator or leader (read-only)."
        case .dashboardAbstract: return "Open the dashboard (mở bảng theo dõi) — what `kehoach` alone does."
        case .dashboardDiscussion:
            return """
            Opens on --plan, else on the plan viewed last, else on the first bundled plan (a new store gets the
            bundled plans first). Press ? inside for every key; q quits.

            $XDG_CONFIG_HOME/kehoach/config.toml (else ~/.config/kehoach/config.toml) may set language ("vi" or "en"),
            plan, user, theme ("dark" or "light") and mouse (true or false); the command line wins over it.
            """
        case .dashboardPlan: return "The plan to open: its id (kon-tum-3785), number or words of its title."
        case .dashboardAsOf: return "The day standings are judged on (31/12/2026, 2026-12-31, \"hôm nay\", \"cuối quý\"; default today)."
        case .dashboardAscii: return "Draw with ASCII only (for consoles without Vietnamese or box-drawing glyphs)."
        case .dashboardNoColor: return "No colours, even where the terminal has them (as NO_COLOR does)."
        case .dashboardMouse: return "Clicks select rows and tabs, the wheel scrolls (the terminal's text selection then needs Shift)."
        case .statusSetAbstract: return "Set a task's status (not-started, in-progress, done, suspended)."
        case .statusSetDiscussion:
            return """
            STATUS is not-started, in-progress, done or suspended, or the Vietnamese words: "chưa thực hiện", \
            "đang thực hiện", "đã hoàn thành" (or "hoàn thành"), "tạm hoãn" — diacritics optional. Yearly tasks \
            (hàng năm) take one status per year: --year, default this year. Done without --done-on means done \
            today. Progress and note, when not given, stay as they were (done sets progress to 100); --note "" \
            clears the note. The change is refused, and nothing written, if someone else changed the task \
            meanwhile.
            """
        case .planArgument: return "The plan id (see `kehoach plans`)."
        case .taskCodeArgument: return "The task code as printed (1.1, III.2)."
        case .statusSetStatus: return "The new status."
        case .statusSetProgress: return "Progress in percent, 0–100."
        case .statusSetNote: return "A note (ghi chú)."
        case .statusSetYear: return "For yearly tasks: the year this status is for (default: this year)."
        case .statusSetDoneOn: return "The day the task was done: 2025-06-30 or 30/06/2025 (default: today)."
        case .statusAbstract: return "Record a task's status, or undo and redo your last change (cập nhật tình hình thực hiện)."
        case .statusUndoAbstract: return "Undo your last status change in a plan (hoàn tác)."
        case .statusUndoDiscussion:
            return """
            Takes back the last change you (--as, $KEHOACH_USER or your login) made in the plan and not yet \
            undid; refused if someone changed the task since. The undo itself is recorded in the history.
            """
        case .planArgumentShort: return "The plan id."
        case .statusRedoAbstract: return "Redo the change you last undid in a plan (làm lại)."
        case .statusRedoDiscussion:
            return """
            Re-applies your last undone change, unless you edited the plan since the undo.
            """
        case .resultSetAbstract: return "Write one row of the reporting form: a task's result for a period, for one agency."
        case .resultSetDiscussion:
            return """
            --period is 2026 (year), 2026-H2 (half), 2026-Q4 (quarter) or 2026-11 (month); by default the \
            current period of the plan's reporting rhythm (read from its reporting duty: "hằng năm" yearly, \
            "hằng tháng" monthly…). --agency defaults to the task's lead agency; a cooperating agency names \
            itself to record its own contribution. Options not given keep what the row already says; \
            --assessment (vượt, đạt, chậm) not given follows the task's standing. The write is refused, and \
            nothing written, if someone else changed the row meanwhile.
            """
        case .resultSetText: return "What was done in the period (kết quả thực hiện trong kỳ)."
        case .resultSetQuantity: return "A figure with its unit, e.g. \"120 nhân lực\"; repeatable."
        case .resultSetTarget: return "The objective's target the figures count toward, OBJECTIVE.TARGET as `kehoach export` numbers them."
        case .resultSetAssessment: return "vượt, đạt or chậm (ahead, met, behind)."
        case .resultSetDifficulties: return "Difficulties (tồn tại, khó khăn, vướng mắc)."
        case .resultSetProposals: return "Proposals (đề xuất, kiến nghị)."
        case .resultTargetAgency: return "The reporting agency (a name, abbreviations and missing diacritics allowed)."
        case .resultTargetPeriod: return "The reporting period (2026, 2026-H2, 2026-Q4, 2026-11)."
        case .dueAbstract: return "The next reporting deadlines, and the rows of the reporting form still empty."
        case .dueDiscussion:
            return """
            For each plan (or the one named): its reporting duties' next deadline and the days left, the \
            period the report covers, and per agency how many of its rows have no result yet. --agency keeps \
            one agency and lists its empty rows by code.
            """
        case .duePlan: return "The plan id (default: every plan)."
        case .dueAgency: return "Only this agency's rows, listed one by one."
        case .dueAsOf: return "Count from this day instead of today (2026-11-23 or 23/11/2026)."
        case .resultSectionsAbstract: return "Write an agency's free sections of its report for a period (tồn tại; phương hướng; đề xuất)."
        case .resultSectionsDiscussion:
            return """
            Sections not given keep what they say; "" clears one. The agency (--agency) is required: these \
            sections are the agency's, not a task's.
            """
        case .resultSectionsShortcomings: return "II. Shortcomings and their causes (tồn tại, hạn chế)."
        case .resultSectionsDirection: return "III. Direction and tasks ahead (phương hướng, nhiệm vụ)."
        case .resultSectionsProposals: return "IV. Proposals (đề xuất, kiến nghị)."
        case .resultAbstract: return "Record what an agency did on a task in a reporting period (kết quả thực hiện trong kỳ)."
        case .kehoachAbstract: return "Follow Vietnamese provincial implementation plans (kế hoạch) in the terminal."
        case .kehoachDiscussion:
            return """
            The interface speaks Vietnamese, or English with --lang en or an English LANG.

            Exit codes: 0 done; 1 a user error (a wrong option, an unknown plan or task, a file that cannot be \
            read or would be overwritten); 2 a data problem (a file that is not a plan, an invalid export, \
            import warnings with --strict).
            """
        case .importAbstract: return "Import published plans: Word, PDF or text (nhập kế hoạch từ tệp Word, PDF hoặc văn bản)."
        case .importDiscussion:
            return """
            Reads each plan as issued and stores it. The kind of file is told by its content, not its name: a \
            Word file (.docx), a PDF with a text layer (read with poppler's pdftotext), Markdown or UTF-8 text \
            copied from the gazette or a legal-document site. A legacy .doc, .odt, .rtf or an image is refused \
            with what to do (save it as .docx). Several files are imported one after the other, each reported \
            on its own line; one that fails does not stop the rest (the exit code then says so). Warnings name \
            the line of the extracted text they are about (see --text). With --dry-run nothing is stored.

            A YAML file written by `kehoach export --format yaml` (perhaps corrected by hand) is read back: the \
            plan is re-imported, the statuses of tasks whose code still exists are kept, and the file's statuses \
            are applied where they differ, as one change in the history.
            """
        case .importFiles: return "The plans' files: .docx, .pdf, Markdown or UTF-8 text, or a YAML export."
        case .importDryRun: return "Read and check the plans, print them, store nothing."
        case .importFormat: return "Output: text (summary and warnings) or json (the whole parsed plan)."
        case .importStrict: return "Treat warnings as errors (exit code 2)."
        case .importAsNew:
            return "Store as a new plan even when the store holds a document of the same number and date (read with another issuer)."
        case .importText: return "Print the text kehoach extracted from each file (what the readers see) and store nothing."
        case .importExplain:
            return "Print the source line by line with what each line became (task, objective, duty, not understood); store nothing."
        case .importNameLeastOneFile: return "name at least one file to import"
        case .importOGoesTextExplain: return "-o goes with --text, --explain or --dry-run --format json"
        case .globalDatabasePath:
            return "The database file, or a postgres://USER@HOST:PORT/DB URL for a shared server (default: $KEHOACH_DB, else $XDG_DATA_HOME/kehoach/kehoach.sqlite)."
        case .globalUser: return "Who makes the changes (default: $KEHOACH_USER, else the login name)."
        case .globalLanguage: return "Interface language: vi or en (default: from LANG, Vietnamese unless English)."
        case .devTerminalBenchAbstract: return "Time full-frame and one-cell updates of the curses edge."
        case .devTerminalBenchFrames: return "Frames per measurement."
        case .devTerminalBenchOutput: return "Also write the figures to this file."
        case .devTerminalBenchScrollKeys:
            return "Then open the dashboard on this plan (of the --db store), press j this many times and time key → flush to the terminal."
        case .devTerminalBenchPlan: return "The plan for --scroll-keys."
        case .manAbstract: return "Print the manual page (roff) built from the commands' help."
        case .raceWriterAbstract: return "Make COUNT optimistic edits on a few shared tasks; print `applied`/`conflict` per edit."
        case .editCount: return "How many edits."
        case .raceWriterTasks: return "How many of the plan's tasks to share."
        case .devAbstract: return "Developer tools: test writers, benchmarks, terminal diagnostics, asset paths."
        case .benchStoreAbstract: return "Time status edits and store opening on a scratch database."
        case .benchStoreDiscussion:
            return """
            Uses a fresh database in the temporary folder unless --db is given, imports the bundled plans, then \
            times COUNT edits (each committed with synchronous=FULL) and OPENS open-and-load cycles.
            """
        case .benchStoreCount: return "Status edits to time."
        case .benchStoreOpens: return "Open-and-load cycles to time."
        case .benchStoreSyntheticTasks: return "Also time a synthetic plan with this many tasks (0: only the bundled plans)."
        case .syntheticAbstract: return "Import a synthetic plan of N tasks over M agencies, with statuses, into the store."
        case .syntheticTasks: return "How many tasks."
        case .syntheticAgencies: return "How many agencies."
        case .syntheticSeed: return "The seed: the same seed gives the same plan."
        case .crashWriterAbstract: return "Make COUNT status edits, printing `ack INDEX CODE YEAR VERSION NOTE` after each commit."
        case .crashWriterTasks: return "How many of the plan's tasks to cycle through."
        case .crashWriterTag: return "A word put into every note, to tell runs apart."
        case .firstFrameAbstract: return "Open the store, draw the first frame of the task matrix in memory, print the times."
        case .firstFramePlan: return "The plan to open (default: the last viewed, else the first)."
        case .firstFrameWidth: return "Columns of the in-memory screen."
        case .firstFrameHeight: return "Rows of the in-memory screen."
        case .firstFrameVisitPanes: return "Then switch to panes 3 and 4 and time their first showing (they are built when first shown)."
        case .firstFrameScrollFrames:
            return "After the first frame, press j this many times, one frame after each (the instruction count of one scrolling frame: bench/callgrind.sh)."
        case .firstFrameSearch:
            return "Then search for this word as a user does: /, type it one letter at a time (a frame after each), Enter; print the typing and the Enter times."
        case .devTerminalCheckAbstract: return "Draw a test screen and echo decoded keys."
        case .devTerminalCheckAscii: return "Draw in ASCII even with a UTF-8 locale."
        case .devTerminalCheckNoColor: return "Attributes only, as with NO_COLOR."
        case .assetsAbstract: return "Print the agency directory and bundled plans this binary uses."
        case .agenciesAbstract: return "List the agency directory, or the names it does not know (danh mục cơ quan)."
        case .agenciesDiscussion:
            return """
            The directory is Assets/agencies.yaml with $XDG_CONFIG_HOME/kehoach/agencies.yaml (or \
            ~/.config/kehoach/agencies.yaml) merged over it: an entry with a known id adds aliases to that agency, \
            a new id (with name and kind) adds an agency.
            """
        case .agenciesUnknown:
            return "List the agency names of the stored plans that the directory does not know, with the plans that print them."
        case .removeAbstract: return "Remove a plan with its statuses and history (xoá kế hoạch)."
        case .removeDiscussion:
            return """
            Asks for confirmation on a terminal. Without a terminal (a script, a pipe) it refuses unless given \
            --yes. The plan's text can be imported again later; its statuses and history cannot.
            """
        case .removeYes: return "Do not ask."
        case .reportAbstract: return "Write the yearly report on a plan (báo cáo tình hình thực hiện kế hoạch)."
        case .reportDiscussion:
            return """
            For the as-of day (default today): tasks in the Government Office's categories (đã hoàn thành đúng \
            hạn, hoàn thành quá hạn, đang thực hiện trong hạn, sắp đến hạn, quá hạn chưa hoàn thành, chưa thực \
            hiện, thường xuyên, tạm hoãn) in total and by lead and cooperating agency (--by agency) or by task \
            group (--by group); the overdue ratio (overdue ÷ tasks with a deadline, continuous and suspended \
            tasks excluded); the overdue and due-soon tasks with their leads; the year's status changes; the \
            targets with their recorded values; the next reporting date. Agencies are named as printed, with \
            their successor ("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"). Vietnamese unless --lang en. The \
            format follows -o's extension when --format is not given (Markdown otherwise). CSV is for \
            machines (Excel reads codes such as 1.10 as numbers); in Excel or LibreOffice take --format xlsx: \
            the form and the task list with codes as text, dates as dates, the header frozen and filtered.

            --format docx writes the period's report as the agency sends it (Nghị định 30/2020/NĐ-CP): the \
            results written with `kehoach result set` for --period, sections I–IV, and the form (Biểu 01) as \
            an appendix. The heading and signature come from config.toml (agency, superior, place, signer, \
            signer_title); what is not set is left as a blank to fill by hand.
            """
        case .reportAsOf: return "The day the figures are for: 2026-11-23 or 23/11/2026 (default: today)."
        case .reportYear: return "The year whose status changes and target values are reported (default: the as-of year)."
        case .reportBy: return "Break the figures down by agency (lead and cooperating) or by task group."
        case .reportAgency: return "Only tasks this agency leads or cooperates on (no diacritics needed; abbreviations work)."
        case .dueSoonDays: return "Days before a deadline that count as due soon."
        case .reportFormat:
            return "Output: md, csv (for machines), json, text, docx (the period's report in the official format) or xlsx (its form and tasks as a spreadsheet)."
        case .reportPeriod:
            return "For docx and xlsx: the reporting period (2026, 2026-H2, 2026-Q4, 2026-11; default: the plan's current one)."
        case .copyAbstract:
            return "Copy a whole store (plans, statuses, history, targets, results, settings) between SQLite and PostgreSQL."
        case .copyDiscussion:
            return """
            The destination is written in one transaction and every table is counted again before it commits: \
            either all is copied or nothing is written. A destination that holds data is refused unless given \
            --replace (its old data is deleted in the same transaction). A PostgreSQL destination needs the \
            database's owner (who ran admin init): only that login may write the result history as the source holds it.
            """
        case .copyFrom: return "The source store: a SQLite file or a postgres://… URL."
        case .copyTo: return "The destination store: a SQLite file (created when missing) or a postgres://… URL."
        case .copyReplace: return "Replace everything the destination holds."
        case .copyLanguage: return "Interface language: vi or en."
        case .historyAbstract: return "Show who changed which status, when, from what to what (lịch sử cập nhật)."
        case .historyDiscussion:
            return """
            Oldest first: the record the yearly report is written from. Give a task code to see one task.
            """
        case .historyCode: return "A task code, to see only that task."
        case .formatTableOrJSON: return "Output: table or json."
        case .exportAbstract: return "Export a whole plan with its statuses (xuất kế hoạch kèm tình hình thực hiện)."
        case .exportDiscussion:
            return """
            json: the documented schema (README, "JSON") plus each task's status, standing and deadline on the \
            as-of day and every recorded status. csv: one row per task for Excel and LibreOffice (UTF-8 with a \
            byte-order mark, CRLF, every field quoted, agencies joined with "; "). md: the plan as a document. \
            yaml: the plan and its statuses for correcting by hand — `kehoach import FILE.yaml` reads it back \
            and keeps the statuses. dot: the agency–task graph for Graphviz (agencies as boxes, tasks as \
            ellipses, solid edges from lead agencies, dashed from cooperating ones). The format follows -o's \
            extension when --format is not given.
            """
        case .exportFormat: return "Output: json, csv, md, yaml or dot (the agency–task graph for Graphviz)."
        case .exportAsOf: return "The day statuses are judged for (json, csv, md): 2026-11-23 or 23/11/2026 (default: today)."
        case .listAbstract: return "List a plan's tasks with their status and standing (danh sách nhiệm vụ)."
        case .listDiscussion:
            return """
            Standing is worked out for the as-of day (default today): done on time, done late, in progress \
            within deadline, due soon, overdue, not started, continuous (no deadline), suspended. --agency \
            matches lead and cooperating agencies, without diacritics and by abbreviation ("so ke hoach", "Sở \
            KH&ĐT"). --standing takes a code (overdue, due-soon, done-on-time, …) or the Vietnamese label ("quá \
            hạn").
            """
        case .listAgency: return "Only tasks this agency leads or cooperates on."
        case .listStanding: return "Only tasks with this standing."
        case .listAsOf: return "The day standings are worked out for: 2026-01-15 or 15/01/2026 (default: today)."
        case .listFormat: return "Output: table, json or csv."
        case .plansAbstract: return "List the plans in the store (các kế hoạch đang theo dõi)."
        case .plansDiscussion:
            return """
            Shows each plan's id (what the other commands take: province and number, e.g. kon-tum-3785), number, \
            title, issuer and task count. An empty store first gets the bundled plans.
            """
        case .outputOutput: return "Write to FILE (never over an existing file without --force); - or no -o: the standard output."
        case .outputForce: return "Overwrite the output file if it exists."
        case .examplesHeading: return "Examples:"
        }
    }
}
