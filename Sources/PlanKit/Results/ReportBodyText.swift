/// The words of a period report's body, sections I–IV as officials write them, and the form's cells:
/// shared by the Word and the Excel writers. `wording` supplies the standings' names and the numbers.
public enum ReportBodyText {
    public struct Section: Sendable, Equatable {
        public var title: String
        public var paragraphs: [String]
    }

    /// Trích yếu: "Kết quả thực hiện Kế hoạch số 3785/KH-UBND ngày 22/10/2024 … năm 2026".
    public static func abstract(_ report: PeriodReport, plan: Plan) -> String {
        var reference = "Kế hoạch"
        if let number = plan.identity.number { reference += " số \(number)" }
        if let date = plan.identity.date { reference += " ngày \(date.vietnamese)" }
        return "Kết quả thực hiện \(reference) \(report.period.label(vietnamese: true))"
    }

    public static func sections(_ report: PeriodReport, plan: Plan, wording w: some ReportWording) -> [Section] {
        let c = report.counts
        let categories: [(Standing, Int)] = ReportCounts.columns.map { ($0, c[$0]) }.filter { $0.1 > 0 }
        var general = "Tổng số nhiệm vụ: \(c.total); trong đó "
            + categories.map { "\(w.standing($0.0, short: false).lowercasedFirst): \($0.1)" }.joined(separator: "; ") + "."
        if let ratio = c.overdueRatio {
            general += " Tỷ lệ nhiệm vụ quá hạn: \(w.percent(ratio)) (\(c.overdue)/\(c.withDeadline) nhiệm vụ có thời hạn)."
        }
        var results: [String] = ["1. Tình hình chung", general, "2. Kết quả thực hiện các nhiệm vụ"]
        for part in report.agencies where part.hasReported {
            results.append("\(part.name):")
            for row in part.rows {
                guard let result = row.result else { continue }
                var line = "- Nhiệm vụ \(row.task.code)"
                if row.role == .cooperating { line += " (phối hợp)" }
                line += ": \(result.text)"
                if !result.quantities.isEmpty { line += " (\(figures(result.quantities, w)))" }
                results.append(line)
            }
        }
        if !report.notReported.isEmpty {
            results.append("Các cơ quan chưa gửi báo cáo: \(report.notReported.joined(separator: ", ")).")
        }
        func gathered(_ section: (AgencySections) -> String?, _ row: (TaskResult) -> String?) -> [String] {
            var out: [String] = []
            for part in report.agencies {
                var lines: [String] = []
                if let text = part.sections.flatMap(section) { lines.append(text) }
                lines += part.rows.compactMap { r in r.result.flatMap(row).map { "Nhiệm vụ \(r.task.code): \($0)" } }
                if !lines.isEmpty { out.append("\(part.name): " + lines.joined(separator: "; ")) }
            }
            return out.isEmpty ? ["Không có."] : out
        }
        return [
            Section(title: "I. KẾT QUẢ THỰC HIỆN", paragraphs: results),
            Section(title: "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", paragraphs: gathered(\.shortcomings, \.difficulties)),
            Section(title: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", paragraphs: gathered(\.direction, { _ in nil })),
            Section(title: "IV. ĐỀ XUẤT, KIẾN NGHỊ", paragraphs: gathered(\.proposals, \.proposals)),
        ]
    }

    /// "120 nhân lực, 3 dự án".
    public static func figures(_ quantities: [ResultQuantity], _ w: some ReportWording) -> String {
        quantities.map { "\(w.number($0.value)) \($0.unit)" }.joined(separator: ", ")
    }

    public static func role(_ role: ResultRole) -> String { role == .lead ? "Chủ trì" : "Phối hợp" }

    public static func assessment(_ assessment: Assessment?) -> String {
        switch assessment {
        case .ahead: return "Vượt"
        case .met: return "Đạt"
        case .behind: return "Chậm"
        case nil: return ""
        }
    }

    public static let formHeaders = ["TT", "Tên nhiệm vụ", "Vai trò", "Kết quả thực hiện trong kỳ", "Lũy kế đến thời điểm báo cáo",
                                     "Tiến độ", "Tồn tại, khó khăn, vướng mắc", "Đề xuất, kiến nghị"]

    /// One row of Biểu 01: TT, task, role, result, cumulative, progress, difficulties, proposals.
    public static func formCells(_ row: PeriodReport.Row, number: Int, wording w: some ReportWording) -> [String] {
        [String(number), "\(row.task.code). \(row.task.text)", role(row.role), row.result?.text ?? "",
         figures(row.cumulative, w), assessment(row.assessment), row.result?.difficulties ?? "", row.result?.proposals ?? ""]
    }
}

extension String {
    /// "Hoàn thành đúng hạn" → "hoàn thành đúng hạn", for a name inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
