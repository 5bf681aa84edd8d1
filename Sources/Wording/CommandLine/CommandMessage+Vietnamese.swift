extension CommandMessage {
    public var vietnamese: String {
        switch self {
        case .adminSharedPostgresqlStore(let locationPath):
            return "admin chỉ dùng cho kho PostgreSQL dùng chung (--db postgres://…); \(locationPath) là tệp SQLite"
        case .adminNotValidPostgresqlUrl(let error): return "địa chỉ PostgreSQL không hợp lệ: \(error)"
        case .adminInitCreatedSchemaRoles(let displayURL): return "Đã tạo lược đồ và các vai trò trong \(displayURL)"
        case .adminGrantLoginSpeaks(let login, let roleRawValue, let nfc): return "Tài khoản \(login) (\(roleRawValue)) thay mặt \(nfc)"
        case .dashboardCannotReadDateWrite(let asOf):
            return "--as-of: không đọc được ngày \"\(asOf)\": viết 31/12/2026, 2026-12-31, hôm nay hoặc cuối quý"
        case .dashboardNeedsTerminal:
            return "bảng điều khiển cần một terminal (đầu vào và đầu ra chuẩn không được chuyển hướng); "
                + "không có terminal thì dùng kehoach list, report hoặc export"
        case .dashboardCannotOpenTerminal(let term):
            return "không mở được terminal (TERM=\(term.isEmpty ? "chưa đặt" : term)); đặt TERM là một loại terminal đã biết, ví dụ xterm-256color"
        case .statusSetUnknownStatusUseNot(let status):
            return "không hiểu trạng thái \"\(status)\"; dùng: chưa thực hiện, đang thực hiện, đã hoàn thành, tạm hoãn"
        case .statusSetProgressMustWithin(let progress): return "--progress \(progress): phải trong khoảng 0–100"
        case .statusSetDoneNotDate(let doneOn): return "--done-on \(doneOn): ngày không hợp lệ (30/06/2025 hoặc 2025-06-30)"
        case .statusSetTaskNotYearlyTimeframe(let taskCode, let timeframeText, let year):
            return "nhiệm vụ \(taskCode) không phải nhiệm vụ hàng năm (thời hạn: \(timeframeText)); bỏ --year \(year)"
        case .statusSetSaved(let version, let user): return " · phiên bản \(version) · \(user)"
        case .replayDone(let version): return " · phiên bản \(version)"
        case .storeContextCouldNotImportBundled(let error): return "không nhập được các kế hoạch kèm theo: \(error)"
        case .storeContextPlanHasNoTask(let planID, let typed, let plan):
            return "kế hoạch \(planID) không có nhiệm vụ \"\(typed)\" (mã như in trong kế hoạch, ví dụ \(plan))"
        case .exportImportNotUtfText(let path): return "\(path): không phải văn bản UTF-8"
        case .exportImportStoredTasksFrom(let planID, let tasksCount, let path, let locationPath):
            return "Đã lưu \(planID) (\(tasksCount) nhiệm vụ) từ \(path) vào \(locationPath)"
        case .exportImportPlanUnchanged(let planID): return "\(planID): kế hoạch không đổi"
        case .exportImportStatusesUpdatedTargetValues(let changesCount, let batchText, let valueCount):
            return "\(changesCount) trạng thái được cập nhật\(batchText); \(valueCount) kết quả chỉ tiêu được ghi"
        case .storeImportStoredTasks(let planID, let addedTasksCount, let locationPath):
            return "Đã lưu \(planID) (\(addedTasksCount) nhiệm vụ) vào \(locationPath)"
        case .storeImportSameTextNothingChanged(let planID): return "\(planID): văn bản không đổi, không có gì thay đổi"
        case .resultSetSaved(let version, let user): return " · phiên bản \(version) · \(user)"
        case .noAgencyMatches(let planID, let agency): return "không cơ quan nào trong \(planID) khớp \"\(agency)\""
        case .dueNotDate(let asOf): return "--as-of \(asOf): ngày không hợp lệ (23/11/2026 hoặc 2026-11-23)"
        case .dueRowsWithoutResult(let missingRows, let rowsCount): return "\(missingRows)/\(rowsCount) dòng chưa có kết quả"
        case .dueNoAgencyMatches(let agency): return "  không cơ quan nào khớp \"\(agency)\""
        case .resultSectionsSaved(let version, let user): return " · phiên bản \(version) · \(user)"
        case .resultPeriodNotReportingPeriod(let typed): return "--period \(typed): không phải kỳ báo cáo (2026, 2026-H2, 2026-Q4, 2026-11)"
        case .resultAssessmentUseAheadMet(let typed): return "--assessment \(typed): dùng vượt, đạt hoặc chậm"
        case .resultQuantityNumberThenUnit(let typed): return "--quantity \(typed): viết số rồi đơn vị (\"120 nhân lực\")"
        case .resultTargetWriteObjectiveTarget(let target): return "--target \(target): viết MỤC-TIÊU.CHỈ-TIÊU (\"6.0\")"
        case .resultTaskNotAssignedAssigned(let taskCode, let planID, let typed, let list):
            return "nhiệm vụ \(taskCode) của \(planID) không giao cho \"\(typed)\" (giao cho: \(list))"
        case .resultTaskHasNoLead(let taskCode): return "nhiệm vụ \(taskCode) không có cơ quan chủ trì; dùng --agency"
        case .configFileLine(let path, let value): return "\(path), dòng \(value)"
        case .configFileCannotReadConfigFile(let place): return "không đọc được tệp cấu hình \(place)"
        case .configFileNotValid(let place, let detail): return "tệp cấu hình \(place): sai cú pháp TOML (\(detail))"
        case .configFileUnknownKey(let place, let key, let known):
            return "tệp cấu hình \(place): không có khóa “\(key)” (các khóa: \(known))"
        case .configFileMustQuoted(let place, let key): return "tệp cấu hình \(place): “\(key)” phải là chuỗi trong dấu ngoặc kép"
        case .configFileMustTrue(let place, let key): return "tệp cấu hình \(place): “\(key)” phải là true hoặc false"
        case .configFileCannotOne(let place, let key, let value, let list):
            return "tệp cấu hình \(place): “\(key)” không nhận “\(value)” (chọn: \(list))"
        case .planSummaryTasks(let tasksCount): return "\(tasksCount) nhiệm vụ"
        case .importReading(let file): return "Đang đọc \(file)…"
        case .importWarningsNotStoredStrict(let file, let warningsCount): return "\(file): \(warningsCount) cảnh báo, không lưu (--strict)"
        case .importStoringTasks(let tasksCount): return "Đang lưu \(tasksCount) nhiệm vụ…"
        case .agenciesAddNamesSpellingsAgencies(let agencyDirectory): return "Thêm tên hoặc cách viết vào \(agencyDirectory)."
        case .removeNoTerminalConfirmAdd(let summaryId): return "không có terminal để hỏi xác nhận; thêm --yes để xoá \(summaryId)"
        case .removePlanTasksStatus(let summaryId, let taskCount, let changes, let locationPath):
            return "Xoá kế hoạch \(summaryId) (\(taskCount) nhiệm vụ, \(changes) lượt cập nhật) khỏi \(locationPath)? [c/K] "
        case .removeD(let summaryId): return "Đã xoá \(summaryId)."
        case .reportYearNotYear(let year): return "--year \(year): năm không hợp lệ"
        case .reportCannotBuildWordFile(let error): return "không tạo được tệp Word: \(error)"
        case .copyNoSourceStore(let sourceName): return "không có kho nguồn \(sourceName)"
        case .copyCopied(let sourceName, let destinationName): return "Đã chép \(sourceName) → \(destinationName):"
        case .copyDestinationHoldsDataTable(let destination, let table, let rows):
            return "kho đích \(destination) đã có dữ liệu (bảng \(table): \(rows) dòng); không có gì được ghi — thêm --replace để thay toàn bộ"
        case .copyTableSourceHasRows(let table, let source, let found):
            return "bảng \(table): nguồn có \(source) dòng, đích đếm được \(found); không có gì được ghi"
        case .exportIng(let summaryId): return "Đang xuất \(summaryId)…"
        case .listNotDate(let asOf): return "--as-of \(asOf): ngày không hợp lệ (15/01/2026 hoặc 2026-01-15)"
        case .listStandingUnknownUse(let text, let codes): return "--standing \(text): không hiểu; dùng: \(codes)"
        case .unknownCommand(let word): return "không có lệnh “\(word)”"
        case .unknownDidYouMean(let near): return ", có phải ý bạn là “\(near)”?"
        case .importWarningAgencyNotDirectory(let printed): return "cơ quan «\(printed)» không có trong danh bạ"
        case .importWarningTaskTimeframeNotUnderstood(let task, let text): return "nhiệm vụ \(task): không hiểu thời hạn «\(text)»"
        case .importWarningTaskNamesNoLead(let task): return "nhiệm vụ \(task) không nêu cơ quan chủ trì"
        case .importWarningTaskHasNoTimeframe(let task): return "nhiệm vụ \(task) không có thời hạn"
        case .importWarningRowHasCellsHeader(let row, let cells, let header): return "dòng \(row) có \(cells) ô; tiêu đề bảng có \(header)"
        case .importWarningTableRowCodeWas(let code): return "dòng bảng có mã «\(code)», không đọc"
        case .importWarningTextAfterTask(let text): return "đoạn sau các trường của nhiệm vụ không đọc được: \(text)"
        case .importWarningParagraphNotUnderstood(let excerpt): return "đoạn chưa đọc được: «\(excerpt)»"
        case .importWarningTaskLead(let task): return "nhiệm vụ \(task), chủ trì"
        case .importWarningTaskCooperating(let task): return "nhiệm vụ \(task), phối hợp"
        case .inputErrorNoSuchFile(let path): return "\(path): không có tệp này"
        case .inputErrorFileOverLimit(let path, let size, let limit):
            return "\(path): tệp \(size) MB, quá giới hạn \(limit) MB của một kế hoạch; không đọc"
        case .inputErrorCannotRead(let path, let reason): return "không đọc được \(path): \(reason)"
        case .inputErrorUTF16(let path): return "\(path): tệp là UTF-16, không phải UTF-8; lưu lại dưới dạng UTF-8 rồi thử lại"
        case .inputErrorTextOverLimit(let size, let limit):
            return "tệp \(size) MB; văn bản một kế hoạch tối đa \(limit) MB"
        case .inputErrorNotUTF8(let offset):
            return "tệp không phải văn bản UTF-8 (chuỗi byte sai ở byte \(offset)); lưu lại dưới dạng UTF-8 rồi thử lại"
        case .inputErrorFileLooksBinaryNot(let offset):
            return "tệp có vẻ là tệp nhị phân, không phải văn bản (byte điều khiển ở byte \(offset))"
        case .inputErrorDoesNotLookLike(let reason): return "không giống một kế hoạch: \(reason)"
        case .outputFileExistsAddForce(let path): return "\(path): tệp đã có; thêm --force để ghi đè"
        case .outputCannotWrite(let path, let reason): return "không ghi được \(path): \(reason)"
        case .outputWrote(let path): return "Đã ghi \(path)"
        case .asOfDateNotDate(let text): return "--as-of \(text): ngày không hợp lệ (23/11/2026 hoặc 2026-11-23)"
        case .standardOutputCannotWriteStandardOutput(let reason): return "không ghi được ra đầu ra chuẩn: \(reason)"
        case .importExplainTasksParagraphsNotUnderstood(let tasksCount, let unread):
            return "\(tasksCount) nhiệm vụ; \(unread) đoạn không đọc được."
        case .planNotInStore(let typed, let store, let known):
            return "không có kế hoạch \"\(typed)\" trong \(store); có: \(known.isEmpty ? "(trống)" : known)"
        case .invalidExport(let reason): return "bản xuất không hợp lệ: " + reason
        case .planUpdatedFromFile(let plan, let path, let added, let removed, let changed):
            return "Đã cập nhật \(plan) từ \(path): thêm \(added); bỏ \(removed); sửa \(changed)"
        case .planUpdated(let plan, let added, let removed, let changed):
            return "Đã cập nhật \(plan): thêm \(added); bỏ \(removed); sửa \(changed); tình hình các nhiệm vụ còn lại được giữ nguyên"
        case .sameDocumentStored(let number, let plan, let before, let now):
            return "văn bản số \(number) cùng ngày đã có trong kho: kế hoạch \(plan) (cơ quan ban hành đọc lần trước: "
                + "«\(before)», lần này: «\(now)»); không lưu thành kế hoạch thứ hai. "
                + "Xóa kế hoạch cũ (kehoach remove \(plan)) rồi nhập lại, hoặc dùng --as-new nếu đây là văn bản khác"
        case .dueLate(let days, let due): return "QUÁ HẠN \(days) ngày (hạn \(due.vietnamese))"
        case .dueIn(let days, let due): return "hạn \(due.vietnamese), còn \(days) ngày"
        case .planCounts(let objectives, let targets, let groups, let tasks, let duties, let reporting):
            return "mục tiêu: \(objectives) (chỉ tiêu: \(targets)) · nhóm: \(groups) · "
                + "nhiệm vụ: \(tasks) · trách nhiệm: \(duties) · báo cáo: \(reporting)"
        case .listFooter(let tasks, let asOf, let onTime):
            return "\(tasks) nhiệm vụ · tính đến \(asOf.vietnamese) · đúng hạn \(onTime) (không tính thường xuyên)"
        case .importWarningParagraphsNotUnderstood(let count, let lines):
            return "cảnh báo: \(count) đoạn chưa đọc được: dòng \(lines) (xem từng dòng với --explain)"
        }
    }
}
