import PlanKit

extension ReportText {
    public var vietnamese: String {
        switch self {
        case .title: return "Báo cáo"
        case .command(let command):
            switch command {
            case .open: return "báo cáo kỳ của cơ quan (:report [CƠ QUAN] [KỲ])"
            case .writeRow: return "viết kết quả"
            case .writeDifficulties: return "viết khó khăn, vướng mắc của dòng"
            case .writeProposals: return "viết đề xuất, kiến nghị của dòng"
            case .cycleAssessment: return "tiến độ của dòng: Vượt, Đạt, Chậm hoặc theo tình hình"
            case .nextAgency: return "cơ quan sau"
            case .previousAgency: return "cơ quan trước"
            case .nextPeriod: return "kỳ sau"
            case .previousPeriod: return "kỳ trước"
            case .writeWord: return "ghi Word (.docx)"
            case .writeExcel: return "ghi Excel (.xlsx)"
            }
        case .helpSection: return "Báo cáo kỳ"
        case .columnNumber: return "TT"
        case .columnTask: return "Tên nhiệm vụ"
        case .columnRole: return "Vai trò"
        case .columnResult: return "Kết quả thực hiện trong kỳ"
        case .columnAssessment: return "Tiến độ"
        case .role(let role): return role == .lead ? "Chủ trì" : "Phối hợp"
        case .assessment(let assessment):
            switch assessment {
            case .ahead: return "Vượt"
            case .met: return "Đạt"
            case .behind: return "Chậm"
            }
        case .missing: return "(chưa có kết quả)"
        case .section(let section):
            switch section {
            case .shortcomings: return "II. Tồn tại, hạn chế và nguyên nhân"
            case .direction: return "III. Phương hướng, nhiệm vụ"
            case .proposals: return "IV. Đề xuất, kiến nghị"
            }
        case .sectionEmpty: return "(chưa viết)"
        case .deadline(let date, let days):
            if days > 0 { return "hạn \(date), còn \(days) ngày" }
            return days == 0 ? "hạn hôm nay \(date)" : "quá hạn \(-days) ngày (\(date))"
        case .noDeadline: return "kế hoạch không nêu hạn báo cáo"
        case .emptyRows(let empty, let total): return "\(empty)/\(total) dòng chưa có kết quả"
        case .allReported: return "đủ kết quả"
        case .reminder(let date, let days, let empty):
            let when = days > 0 ? "còn \(days) ngày" : days == 0 ? "hạn hôm nay" : "quá hạn \(-days) ngày"
            return "Báo cáo: \(date) (\(when)" + (empty > 0 ? ", \(empty) dòng trống)" : ")")
        case .noReporters: return "Kế hoạch không có cơ quan nào phải báo cáo kết quả."
        case .resultPrompt(let code, let period, let agency): return "Kết quả \(code) · \(period) · \(agency)"
        case .difficultiesPrompt(let code, let period, let agency): return "Khó khăn, vướng mắc \(code) · \(period) · \(agency)"
        case .proposalsPrompt(let code, let period, let agency): return "Đề xuất, kiến nghị \(code) · \(period) · \(agency)"
        case .writeResultFirst(let code): return "Dòng \(code) chưa có kết quả: Enter để viết trước khi chọn tiến độ"
        case .difficultiesLabel: return "Khó khăn, vướng mắc: "
        case .proposalsLabel: return "Đề xuất, kiến nghị: "
        case .assessmentChosen(let code, let chosen, let derived):
            if let chosen { return "Tiến độ \(code): \(ReportText.assessment(chosen).vietnamese)" }
            let shown = derived.map { " (\(ReportText.assessment($0).vietnamese))" } ?? ""
            return "Tiến độ \(code): theo tình hình thực hiện\(shown)"
        case .sectionPrompt(let section, let period, let agency):
            return "\(ReportText.section(section).vietnamese) · \(period) · \(agency)"
        case .saved(let what): return "Đã lưu kết quả \(what)"
        case .failed(let reason): return "Không lưu hay ghi được: \(reason)"
        case .written(let path): return "Đã ghi báo cáo: \(path)"
        case .agencyNotFound(let typed): return "Không cơ quan nào báo cáo trong kỳ khớp \"\(typed)\""
        case .badPeriod(let typed): return "Không đọc được kỳ \"\(typed)\": viết 2026, 2026-H2, 2026-Q4 hoặc 2026-11"
        case .opened(let agency, let period): return "Báo cáo \(period) của \(agency)"
        }
    }
}
