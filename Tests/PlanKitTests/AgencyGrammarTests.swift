import Testing
@testable import PlanKit

/// How lists of agencies are written: remarks in brackets, commas inside a name, units of a known body,
/// and the kinds of the state's branches. Invented sentences, not a fixture's words.
@Suite("The grammar of agency names")
struct AgencyGrammarTests {
    let directory = TestSupport.directory
    var parser: AgencyListParser { AgencyListParser(directory: directory) }

    @Test func aRemarkInBracketsIsNotASecondAgency() {
        let refs = parser.parse("Bộ Tư pháp (cơ quan thường trực của Ban soạn thảo)")
        #expect(refs.map(\.agencyID) == ["bo-tu-phap"])
        #expect(refs.map(\.printed) == ["Bộ Tư pháp"])
        let two = parser.parse("Sở Y tế (đơn vị đầu mối), Sở Tài chính (nếu có)")
        #expect(two.map(\.agencyID) == ["so-y-te", "so-tai-chinh"])
        // The same remark set off by a comma.
        let apposed = parser.parse("Bộ Tư pháp, cơ quan thường trực của Ban soạn thảo; Bộ Y tế")
        #expect(apposed.map(\.agencyID) == ["bo-tu-phap", "bo-y-te"])
        // A capitalised bracket is a name of its own and stays.
        #expect(parser.parse("Sở Y tế, Hội Người cao tuổi (Hội NCT)").count >= 2)
    }

    @Test func aCapitalisedBracketAfterABodyIsItsUnitOrItsAbbreviation() {
        // The unit doing the work, named in brackets after its body: still one body answering for the task
        // (the printed name keeps the unit), and the body's place ("… tỉnh") does not run on into the bracket.
        let known = parser.parse("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh), Sở Tài chính")
        #expect(known.map(\.printed) == ["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)", "Sở Tài chính"])
        #expect(known.map(\.agencyID) == [parser.parse("Văn phòng UBND tỉnh")[0].agencyID, "so-tai-chinh"])
        #expect(known.allSatisfy { $0.isResolved })
        let unit = parser.parse("Văn phòng UBND tỉnh (Phòng Hành chính - Tổ chức), Sở Tài chính")
        #expect(unit.map(\.printed) == ["Văn phòng UBND tỉnh (Phòng Hành chính - Tổ chức)", "Sở Tài chính"])
        let police = parser.parse("Sở Y tế (Phòng Nghiệp vụ Y) và Sở Tài chính")
        #expect(police.map(\.printed) == ["Sở Y tế (Phòng Nghiệp vụ Y)", "Sở Tài chính"])
        #expect(police.map(\.agencyID) == ["so-y-te", "so-tai-chinh"])
        let ministry = parser.parse("Bộ Công an (Trung tâm Dữ liệu quốc gia về dân cư)")
        #expect(ministry.map(\.agencyID) == ["bo-cong-an"] && ministry.count == 1)
        // One word of capitals is the body's own short name: nothing more.
        #expect(parser.parse("Sở Tài chính (STC), Sở Y tế").map(\.agencyID) == ["so-tai-chinh", "so-y-te"])
    }

    @Test func aCommaFollowedByLowerCaseWordsIsInsideTheName() {
        let refs = parser.parse("Trung tâm Hỗ trợ doanh nghiệp, hợp tác xã và làng nghề tỉnh, Sở Tài chính")
        #expect(refs.map(\.printed) == ["Trung tâm Hỗ trợ doanh nghiệp, hợp tác xã và làng nghề tỉnh", "Sở Tài chính"])
        // A capital after the comma, or a collective ("các …"), opens the next item.
        let list = parser.parse("Trung tâm Lưu trữ lịch sử, Hội Người mù tỉnh, các đơn vị liên quan")
        #expect(list.count == 3)
        #expect(list.first?.printed == "Trung tâm Lưu trữ lịch sử")
    }

    @Test func whatABodyBelongsToStaysWithIt() {
        let refs = parser.parse("Các sở, ban, ngành thuộc tỉnh; UBND các xã, phường")
        #expect(refs.map(\.printed) == ["Các sở, ban, ngành thuộc tỉnh", "UBND các xã, phường"])
        #expect(refs.first?.agencyID == "cac-so-ban-nganh")
        let placed = parser.parse("các đơn vị sự nghiệp trực thuộc Sở Y tế, Sở Tài chính")
        #expect(placed.last?.agencyID == "so-tai-chinh")
    }

    @Test func aUnitOfAKnownBodyTakesItsKind() {
        let market = directory.reference(for: "Cục Quản lý và Phát triển thị trường trong nước thuộc Bộ Công Thương")
        #expect(market.parentID == "bo-cong-thuong")
        #expect(market.kind == .ministry)
        #expect(!market.isResolved)
        let legal = directory.reference(for: "Vụ Pháp chế Bộ Nội vụ")
        #expect(legal.parentID == "bo-noi-vu")
        let office = parser.parse("Phòng Quản lý ngân sách (thuộc Sở Tài chính), Sở Y tế")
        #expect(office.map(\.parentID) == ["so-tai-chinh", nil])
        #expect(office.first?.kind == .department)
        // No body the directory knows at the end: still unknown.
        #expect(directory.reference(for: "Trung tâm Nghiên cứu giống cây trồng").parentID == nil)
        #expect(directory.reference(for: "Trung tâm Nghiên cứu giống cây trồng").kind == .unknown)
    }

    @Test func whatBodiesDoAfterVoiIsNotABody() {
        let refs = parser.parse("Sở Y tế, Sở Tài chính với các định mức, đơn giá chuyên ngành; các sở, ngành với các quy trình nội bộ")
        #expect(refs.map(\.printed) == ["Sở Y tế", "Sở Tài chính", "các sở, ngành"])
        // "với" before a body joins it.
        #expect(parser.parse("Sở Y tế cùng với các đơn vị có liên quan").count == 2)
    }

    @Test func aFieldNameWrittenWithoutItsVaIsTheSameBody() {
        // By rule, for every "X và Y" name: not a list of spellings.
        #expect(directory.reference(for: "Sở Giáo dục Đào tạo").agencyID == directory.reference(for: "Sở Giáo dục và Đào tạo").agencyID)
        #expect(directory.reference(for: "Bộ Tài chính").isResolved)
        for agency in directory.agencies where agency.kind != .collective {
            let words = agency.name.split(separator: " ")
            guard words.dropFirst().dropLast().contains("và") else { continue }
            let without = words.filter { $0 != "và" }.joined(separator: " ")
            #expect(directory.reference(for: without).agencyID == agency.id, "\(without)")
        }
        // In a list the "và" between two bodies still separates them.
        let refs = parser.parse("Sở Nội vụ và Sở Y tế, Sở Văn hóa Thể thao Du lịch")
        #expect(refs.map(\.agencyID) == ["so-noi-vu", "so-y-te", "so-van-hoa-the-thao-du-lich"])
    }

    @Test func courtsPartyAndAssemblyHaveTheirOwnKinds() {
        #expect(directory.reference(for: "Tòa án nhân dân tối cao").kind == .judicial)
        #expect(directory.reference(for: "Viện kiểm sát nhân dân tỉnh").kind == .judicial)
        #expect(directory.reference(for: "Ban Tuyên giáo và Dân vận Trung ương").kind == .party)
        #expect(directory.reference(for: "Tỉnh ủy").kind == .party)
        #expect(directory.reference(for: "Hội đồng Dân tộc").kind == .legislature)
        #expect(directory.reference(for: "Hội Nông dân tỉnh").kind == .massOrganisation)
        #expect(directory.reference(for: "Bộ Tài chính").kind == .ministry)
    }
}
