import Foundation
import PlanKit

/// Builds small plans by hand, so the store's tests do not depend on the importer.
struct PlanFixture {
    var number: String? = "3785/KH-UBND"
    var province: String? = "Kon Tum"
    var issuer = "Ủy ban nhân dân tỉnh Kon Tum"
    var title = "Kế hoạch phát triển nguồn nhân lực ngành công nghiệp bán dẫn"
    var tasks: [PlanTask] = [
        PlanFixture.task("1.1", "Triển khai hợp tác giữa 3 Nhà", lead: "Sở Kế hoạch và Đầu tư",
                         cooperating: ["Trường Cao đẳng Kon Tum"], timeframe: .init(text: "Năm 2025", kind: .year,
                         start: CalendarDate(year: 2025, month: 1, day: 1), end: CalendarDate(year: 2025, month: 12, day: 31))),
        PlanFixture.task("1.2", "Rà soát cơ chế miễn, giảm học phí", lead: "Sở Giáo dục và Đào tạo",
                         cooperating: ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"],
                         timeframe: .init(text: "Thường xuyên", kind: .continuous)),
        PlanFixture.task("2.1", "Bố trí ngân sách địa phương hỗ trợ đào tạo", lead: "Sở Tài chính",
                         timeframe: .init(text: "Hàng năm", kind: .yearly)),
    ]
    var objectives: [Objective] = [
        Objective(level: .byYear(2030), heading: "Đến năm 2030", text: "Đào tạo khoảng 300 nhân lực mỗi năm",
                  targets: [Target(value: 300, valueText: "300", qualifier: .about, unit: "nhân lực", period: .perYear,
                                   phrase: "khoảng 300 nhân lực mỗi năm")], sourceLine: 12),
    ]

    static func agency(_ name: String) -> AgencyRef {
        AgencyRef(printed: name, agencyID: SearchKey.slug(name), canonical: name, kind: .department)
    }

    static func task(_ code: String, _ text: String, lead: String, cooperating: [String] = [],
                     timeframe: Timeframe, line: Int = 20) -> PlanTask {
        let group = String(code.split(separator: ".").first ?? "")
        return PlanTask(code: code, groupCode: group, text: text, lead: [agency(lead)],
                        cooperating: cooperating.map(agency), timeframe: timeframe, sourceLine: line)
    }

    /// A source text that changes whenever the plan does, so digests differ between amendments.
    var sourceText: String {
        ([issuer, number ?? "", title] + tasks.map { "\($0.code) \($0.text) \($0.timeframe.text)" })
            .joined(separator: "\n")
    }

    var plan: Plan {
        Plan(identity: PlanIdentity(issuer: issuer, province: province, number: number,
                                    date: CalendarDate(year: 2024, month: 10, day: 22), title: title, signer: "Nguyễn Văn A"),
             sourceDigest: SHA256.hex(of: sourceText), objectives: objectives,
             groups: [TaskGroup(code: "1", title: "Cơ chế, chính sách", sourceLine: 18),
                      TaskGroup(code: "2", title: "Đầu tư hạ tầng", sourceLine: 25)],
             tasks: tasks, duties: [], reporting: [], footnotes: [])
    }
}
