import PlanKit
import PlanStore

extension UIText {
    /// Vietnamese, as the provincial offices write it; standing names as the Government Office writes them.
    public var vietnamese: String {
        switch self {
        case .pane(let pane): return pane.module.title.vietnamese
        case .paneTasks: return "Nhiệm vụ"
        case .columnCode: return "TT"
        case .columnTask: return "Nhiệm vụ, giải pháp"
        case .columnLead: return "Chủ trì"
        case .columnCooperating: return "Phối hợp"
        case .columnTimeframe: return "Thời gian"
        case .columnStanding: return "Tình trạng"
        case .columnDeadline: return "Hạn"
        case .columnAgency: return "Cơ quan"
        case .columnKind: return "Loại"
        case .columnLeadCount: return "Chủ trì"
        case .columnCooperatingCount: return "Phối hợp"
        case .columnDutyCount: return "Nhiệm vụ chung"
        case .columnTarget: return "Chỉ tiêu"
        case .standing(let standing): return PlanWord.standing(standing).vietnamese
        case .standingShort(let standing): return PlanWord.standingShort(standing).vietnamese
        case .taskStatus(let status): return StatusWord(status).vietnamese
        case .timeframeKind(let kind):
            switch kind {
            case .year: return "Trong một năm"
            case .yearRange: return "Giai đoạn nhiều năm"
            case .quarter: return "Theo quý"
            case .month: return "Theo tháng"
            case .deadline: return "Hạn cụ thể"
            case .yearly: return "Hằng năm"
            case .continuous: return "Thường xuyên"
            case .continuousYearly: return "Thường xuyên, hằng năm"
            case .periodic: return "Định kỳ tháng, quý"
            case .relative: return "Tính từ ngày ký"
            case .openEnded: return "Từ một năm trở đi"
            case .unknown: return "Chưa xác định"
            }
        case .agencyKind(let kind):
            switch kind {
            case .department: return "sở, ban, ngành"
            case .peoplesCommittee: return "Ủy ban nhân dân"
            case .school: return "trường"
            case .university: return "đại học"
            case .media: return "báo chí, truyền thông"
            case .police: return "công an"
            case .ministry: return "bộ, cơ quan trung ương"
            case .collective: return "nhóm cơ quan"
            case .enterprise: return "doanh nghiệp"
            case .judicial: return "tòa án, viện kiểm sát"
            case .party: return "cơ quan Đảng"
            case .legislature: return "Quốc hội, Hội đồng nhân dân"
            case .massOrganisation: return "Mặt trận, đoàn thể"
            case .unknown: return "chưa xác định"
            }
        case .objectiveLevel(let level):
            switch level {
            case .general: return "Mục tiêu chung"
            case .byYear(let year): return "Đến năm \(year)"
            case .other: return "Mục tiêu khác"
            }
        case .targetQualifier(let qualifier): return PlanWord.targetQualifier(qualifier).vietnamese
        case .targetPerYear: return PlanWord.targetPerYear.vietnamese
        case .targetByYear(let year): return PlanWord.targetByYear(year).vietnamese
        case .asOf(let date): return "Ngày xét: \(date)"
        case .nextReport(let date): return "Báo cáo: \(date)"
        case .noReportingDate: return "Không có hạn báo cáo"
        case .noPlanLoaded: return "Chưa mở kế hoạch nào"
        case .loading: return "Đang tải…"
        case .loadingTasks(let loaded, let total): return "Đang tải: mới có \(loaded)/\(total) nhiệm vụ…"
        case .partialLoadFailed(let loaded, let total): return "Không đọc được phần còn lại: chỉ có \(loaded)/\(total) nhiệm vụ"
        case .emptyStore: return "Kho dữ liệu chưa có kế hoạch nào. Hãy nhập một kế hoạch (kehoach import TỆP)."
        case .noTasks: return "Kế hoạch không có nhiệm vụ nào."
        case .noRows: return "Không có dòng nào khớp bộ lọc."
        case .tooSmall(let needWidth, let needHeight, let width, let height):
            return "Cửa sổ quá nhỏ: cần ít nhất \(needWidth)×\(needHeight), hiện có \(width)×\(height)."
        case .tooSmallQuit: return "Hãy phóng to cửa sổ, hoặc nhấn q để thoát."
        case .filtersActive(let list): return "Lọc: \(list)"
        case .filterNone: return "Không lọc"
        case .agencyAsPrinted: return "Cơ quan như văn bản"
        case .agencyAsCurrent: return "Cơ quan hiện nay"
        case .sortedBy(let column, let reversed): return "Sắp xếp: \(column) \(reversed ? "giảm" : "tăng")"
        case .groupCount(let count): return "\(count) nhiệm vụ"
        case .rowsShown(let shown, let total): return "\(shown)/\(total) nhiệm vụ"
        case .filterTitle: return "Bộ lọc"
        case .filterSectionStanding: return "Tình trạng"
        case .filterSectionGroup: return "Nhóm nhiệm vụ"
        case .filterSectionAgency: return "Cơ quan (chủ trì hoặc phối hợp)"
        case .filterHint: return "Enter/Dấu cách: chọn · x: bỏ lọc · Esc: đóng"
        case .searchPrompt: return "Tìm: "
        case .commandPrompt: return ":"
        case .searchMatches(let index, let count, let query): return "“\(query)”: kết quả \(index)/\(count)"
        case .searchNoMatch(let query): return "Không tìm thấy “\(query)”"
        case .searchMatchesSoFar(let index, let count, let query):
            return "“\(query)”: kết quả \(index)/\(count) trong các nhiệm vụ đã tải"
        case .searchNoMatchSoFar(let query): return "Chưa tìm thấy “\(query)” trong các nhiệm vụ đã tải"
        case .searchCleared: return "Đã xóa tìm kiếm"
        case .planSwitched(let plan): return "Đã mở kế hoạch \(plan)"
        case .planNotFound(let name): return "Không có kế hoạch “\(name)”"
        case .asOfChanged(let date): return "Ngày xét đổi thành \(date)"
        case .badDate(let text): return "Không đọc được ngày “\(text)”: viết 31/12/2026, 2026-12-31, hôm nay hoặc cuối quý"
        case .taskNotFound(let code): return "Không có nhiệm vụ mã “\(code)”"
        case .jumpedTo(let code): return "Nhiệm vụ \(code)"
        case .unknownCommand(let text): return "Lệnh không rõ: “\(text)”"
        case .unknownCommandDidYouMean(let text, let suggestion): return "Lệnh không rõ “\(text)”: có phải :\(suggestion)?"
        case .commandMatches(let count): return "\(count) lệnh"
        case .noOtherPlan: return "Kho chỉ có một kế hoạch"
        case .storeReloaded: return "Dữ liệu vừa được cập nhật"
        case .storeFailed(let reason): return "Lỗi kho dữ liệu: \(reason)"
        case .storeOffline: return "MẤT KẾT NỐI: máy chủ kho dữ liệu không trả lời; chưa nhận sửa đổi cho đến khi kết nối lại"
        case .storeBackOnline: return "Đã kết nối lại: máy chủ kho dữ liệu đã trả lời; kế hoạch đã được nạp lại"
        case .noSuccessorData: return "Chưa có dữ liệu cơ quan kế thừa"
        case .sortChanged(let column, let reversed): return "Sắp xếp theo \(column)\(reversed ? " (giảm dần)" : "")"
        case .helpCommandLine: return "Gõ sau “:” (Tab để hoàn thành, :MÃ để đến nhiệm vụ):"
        case .reportWritten(let path): return "Đã ghi báo cáo: \(path)"
        case .reportFailed(let reason): return "Không ghi được báo cáo: \(reason)"
        case .reportFileStem: return "bao-cao"
        case .detailTitle(let code): return "Nhiệm vụ \(code)"
        case .detailGroup: return "Nhóm"
        case .detailLead: return "Chủ trì"
        case .detailCooperating: return "Phối hợp"
        case .detailSubmission: return "Cấp trình"
        case .detailResult: return "Kết quả, sản phẩm"
        case .detailTimeframe: return "Thời gian thực hiện"
        case .detailMeaning: return "Nghĩa là"
        case .detailStart: return "Bắt đầu"
        case .detailEnd: return "Hạn"
        case .detailNote: return "Ghi chú thời gian"
        case .detailSource: return "Nguồn"
        case .detailSourceLine(let line): return "dòng \(line) của văn bản"
        case .detailStatus: return "Trạng thái"
        case .detailProgress: return "Tiến độ"
        case .detailStatusNote: return "Ghi chú"
        case .detailRemark: return "Ghi chú trong văn bản"
        case .detailHistory: return "Lịch sử"
        case .detailNoHistory: return "Chưa có thay đổi nào."
        case .detailHistoryLoading: return "Đang tải lịch sử…"
        case .detailStanding: return "Tình trạng"
        case .detailUpdatedBy(let who): return "cập nhật bởi \(who)"
        case .detailSuccessor(let name, let since):
            if let since { return "nay là \(name), từ \(since)" }
            return "nay là \(name)"
        case .detailNotRecorded: return "chưa ghi nhận"
        case .detailYear(let year): return "năm \(year)"
        case .historyLine(let who, let from, let to): return "\(who): \(from) → \(to)"
        case .historyKind(let kind): return PlanWord.historyKind(kind).vietnamese
        case .objectiveTargets(let count): return "\(count) chỉ tiêu"
        case .agencyDuties: return "Nhiệm vụ trong phần Tổ chức thực hiện"
        case .tasksByDeadline: return "Nhiệm vụ theo hạn"
        case .noDeadline: return "—"
        case .helpTitle: return "Phím tắt"
        case .helpSection(let context):
            switch context {
            case .global: return "Chung"
            case .pane(let pane): return "Khung \(pane.number) · \(UIText.pane(pane).vietnamese)"
            case .detail: return "Chi tiết nhiệm vụ"
            case .help: return "Trợ giúp"
            case .filterPicker: return "Bộ lọc"
            case .task: return EditingText.helpTask.vietnamese
            case .statusMenu: return EditingText.helpStatusMenu.vietnamese
            case .history: return EditingText.helpHistory.vietnamese
            case .conflict: return EditingText.helpConflict.vietnamese
            }
        case .helpLegend: return "Ký hiệu tình trạng"
        case .helpClose: return "Esc hoặc ? để đóng"
        case .command(let command): return command.vietnamese
        case .keySpace: return "Dấu cách"
        case .targetNoValue: return "chưa ghi giá trị thực hiện · e: ghi"
        case .targetHistory: return "Các năm"
        case .columnOverdueCount: return "Q.hạn"
        case .collectiveBody: return "tập thể"
        case .successorArrow(let name, let since):
            if let since { return "\(name), từ \(since)" }
            return name
        case .graphLeads(let count): return "Chủ trì \(count)"
        case .graphCooperates(let count): return "Phối hợp \(count)"
        case .graphPartners(let count): return "Cùng thực hiện với \(count) cơ quan"
        case .graphMore(let count): return "+\(count) nữa"
        case .graphNoTasks: return "Không chủ trì hay phối hợp nhiệm vụ nào"
        case .graphHint: return "→ chọn trong sơ đồ · Enter: lọc nhiệm vụ · m: ma trận"
        case .responsibilityMatrix: return "Ma trận trách nhiệm (C: chủ trì, P: phối hợp)"
        case .matrixTotal: return "Tổng"
        case .matrixColumnsShown(let from, let of): return "nhóm từ \(from)/\(of) (< > để cuộn)"
        case .leadLetter: return "C"
        case .agencyLetters: return "C chủ trì · P phối hợp · TC nv chung · QH quá hạn"
        case .cooperatingLetter: return "P"
        case .matrixFilteredTo(let name): return "Nhiệm vụ của \(name)"
        case .taskInOtherPlan(let code, let plan): return "Nhiệm vụ \(code) thuộc kế hoạch \(plan): chuyển kế hoạch bằng [ ]"
        case .dutyLetter: return "TC"
        case .overdueLetter: return "QH"
        case .editing(let editing): return editing.vietnamese
        case .source(let source): return source.vietnamese
        }
    }
}

extension Command {
    fileprivate var vietnamese: String {
        switch self {
        case .quit: return "thoát"
        case .help: return "trợ giúp"
        case .closeOverlay: return "đóng"
        case .showPane(let pane): return "khung \(UIText.pane(pane).vietnamese)"
        case .moveUp: return "lên"
        case .moveDown: return "xuống"
        case .pageUp: return "trang trước"
        case .pageDown: return "trang sau"
        case .top: return "đầu danh sách"
        case .bottom: return "cuối danh sách"
        case .commandLine: return "lệnh"
        case .activate: return "chi tiết / mở nhóm"
        case .toggleChoice: return "chọn"
        case .clearFilters: return "bỏ lọc"
        case .edit(let command): return EditingText.command(command).vietnamese
        case .pane(let own): return (CommandRegistry.standard.declaredHelp(self) ?? own.pane.module.help(own)).vietnamese
        case .named: return (CommandRegistry.standard.declaredHelp(self) ?? Words(vi: "", en: "")).vietnamese
        }
    }
}
