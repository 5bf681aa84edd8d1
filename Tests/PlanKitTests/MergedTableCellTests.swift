import Foundation
import Testing
@testable import PlanKit

/// A Word table cell merged down is written in every row it spans (the extraction contract): the table
/// reader must not turn a repeated number into a second task with the same code.
@Suite("Table cells merged down")
struct MergedTableCellTests {
    private func tasks(_ rows: String) throws -> [PlanTask] {
        try PlanImporter.importPlan(text: """
        KẾ HOẠCH
        Triển khai công tác thử nghiệm năm 2027
        | STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện |
        |---|---|---|---|---|---|
        \(rows)
        """, directory: TestSupport.directory).plan.tasks
    }

    @Test func rowsWithTheirOwnProductBecomeLetteredSubItems() throws {
        let found = try tasks("""
        | I | Nhóm thử nghiệm | | | | |
        | 1 | Soạn quy chế phối hợp | Quy chế | Tháng 02/2027 | Sở Tư pháp | |
        | 2 | Xây dựng kế hoạch kiểm tra | Kế hoạch của tỉnh | Tháng 03/2027 | Sở Nội vụ | Sở Tài chính |
        | 2 | Xây dựng kế hoạch kiểm tra | Kế hoạch của từng đơn vị | Tháng 04/2027 | Sở Y tế | |
        | 2 | Xây dựng kế hoạch kiểm tra | Báo cáo kết quả | Tháng 05/2027 | Sở Y tế | |
        | 3 | Tổng kết | Báo cáo | Tháng 12/2027 | Sở Nội vụ | |
        """)
        #expect(found.map(\.code) == ["I.1", "I.2a", "I.2b", "I.2c", "I.3"])
        #expect(found[1].lead.map(\.printed) == ["Sở Nội vụ"])
        #expect(found[2].lead.map(\.printed) == ["Sở Y tế"] && found[2].result == "Kế hoạch của từng đơn vị")
        #expect(found[3].timeframe.end == TestSupport.date("2027-05-31"))
    }

    @Test func aRowThatOnlyRepeatsTheTaskJoinsIt() throws {
        let found = try tasks("""
        | 1 | Rà soát thủ tục | Danh mục | Quý II/2027 | Sở Tư pháp | Sở Nội vụ |
        | 1 | Rà soát thủ tục | Danh mục | Quý II/2027 | Sở Tư pháp | Sở Tài chính |
        | 2 | Công bố kết quả | Quyết định | Quý III/2027 | Sở Tư pháp | |
        """)
        #expect(found.map(\.code) == ["1", "2"])
        #expect(found[0].cooperating.map(\.printed) == ["Sở Nội vụ", "Sở Tài chính"])
    }

    @Test func aGroupRowMergedDownIsOneGroup() throws {
        let result = try PlanImporter.importPlan(text: """
        KẾ HOẠCH
        Triển khai công tác thử nghiệm năm 2027
        | STT | Nhiệm vụ | Thời gian hoàn thành | Chủ trì thực hiện |
        |---|---|---|---|
        | II | Nhóm hai | | |
        | II | Nhóm hai | | |
        | 1 | Lập danh sách | Tháng 6/2027 | Sở Nội vụ |
        """, directory: TestSupport.directory)
        #expect(result.plan.groups.map(\.code) == ["II"])
        #expect(result.plan.tasks.map(\.code) == ["II.1"])
    }
}
