import Testing
@testable import PlanKit

/// Collective bodies as plans write them: "các" and plural kinds, after the body each member has, narrowed
/// by what follows. Invented sentences, not a fixture's words.
@Suite("Collective bodies")
struct CollectiveNameTests {
    let directory = TestSupport.directory
    var parser: AgencyListParser { AgencyListParser(directory: directory) }

    @Test func pluralKindsAfterCacAreOneReference() {
        let refs = parser.parse("Các bộ, cơ quan ngang bộ, các địa phương và Hiệp hội Ngân hàng Việt Nam")
        #expect(refs.map(\.printed) == ["Các bộ, cơ quan ngang bộ, các địa phương", "Hiệp hội Ngân hàng Việt Nam"])
        #expect(refs.first?.kind == .collective && refs.first?.isResolved == true)
        let joined = parser.parse("các hiệp hội và doanh nghiệp ngành dệt may; Sở Công Thương")
        #expect(joined.map(\.printed) == ["các hiệp hội và doanh nghiệp ngành dệt may", "Sở Công Thương"])
        // Two collectives side by side stay two.
        let two = parser.parse("các tổ chức tín dụng, các hiệp hội ngành hàng và Sở Tài chính")
        #expect(two.map(\.printed) == ["các tổ chức tín dụng", "các hiệp hội ngành hàng", "Sở Tài chính"])
        // A proper name after a plural kind describes it, its lower-case words too.
        let boards = parser.parse("các Ban Quản lý dự án đầu tư, Sở Xây dựng")
        #expect(boards.map(\.printed) == ["các Ban Quản lý dự án đầu tư", "Sở Xây dựng"])
    }

    @Test func theBodyEachMemberHasOpensTheCollective() {
        let refs = parser.parse("Ủy ban nhân dân các phường, xã, đặc khu và Công an tỉnh")
        #expect(refs.map(\.printed) == ["Ủy ban nhân dân các phường, xã, đặc khu", "Công an tỉnh"])
        // The same communes in another order are the same collective.
        let other = parser.parse("UBND các đặc khu, xã, phường")
        #expect(other.map(\.agencyID) == [refs.first?.agencyID])
        #expect(refs.first?.agencyID == "ubnd-cap-xa")
        // Their chairmen are not their committees; a committee of one place is not a collective.
        let chairs = parser.parse("Chủ tịch UBND các xã, phường; UBND tỉnh")
        #expect(chairs.count == 2 && chairs[0].kind == .collective && chairs[0].agencyID != "ubnd-cap-xa")
        #expect(chairs[1].agencyID == "ubnd-tinh")
        #expect(parser.parse("UBND xã, phường").first?.agencyID == "ubnd-cap-xa")
        // "và các …" opens another collective, which the committees do not head.
        let firms = parser.parse("UBND các xã, phường và các hợp tác xã trên địa bàn")
        #expect(firms.map(\.printed) == ["UBND các xã, phường", "các hợp tác xã trên địa bàn"])
    }

    @Test func whatNarrowsACollectiveBelongsToIt() {
        let owned = parser.parse("các sở, ngành trực thuộc UBND tỉnh Hà Tĩnh, Văn phòng Tỉnh ủy")
        #expect(owned.map(\.printed) == ["các sở, ngành trực thuộc UBND tỉnh Hà Tĩnh", "Văn phòng Tỉnh ủy"])
        let placed = parser.parse("các doanh nghiệp, hợp tác xã trên địa bàn tỉnh Gia Lai; Sở Công Thương")
        #expect(placed.map(\.printed) == ["các doanh nghiệp, hợp tác xã trên địa bàn tỉnh Gia Lai", "Sở Công Thương"])
        let border = parser.parse("lực lượng chức năng và chính quyền cơ sở tại các xã vùng cao; Sở Y tế")
        #expect(border.map(\.printed) == ["lực lượng chức năng và chính quyền cơ sở tại các xã vùng cao", "Sở Y tế"])
        let described = parser.parse("các doanh nghiệp chế biến nông sản trên địa bàn tỉnh, Sở Công Thương")
        #expect(described.map(\.printed) == ["các doanh nghiệp chế biến nông sản trên địa bàn tỉnh", "Sở Công Thương"])
        let others = parser.parse("Sở Y tế, các cơ quan, đơn vị khác có liên quan")
        #expect(others.map(\.printed) == ["Sở Y tế", "các cơ quan, đơn vị khác có liên quan"])
        #expect(others.last?.agencyID == "cac-don-vi-lien-quan")
        let level = parser.parse("các ban, ngành, đoàn thể cấp tỉnh và UBND các xã")
        #expect(level.map(\.printed) == ["các ban, ngành, đoàn thể cấp tỉnh", "UBND các xã"])
        // Without "các", several kinds or one narrowed kind are a collective too.
        let bare = parser.parse("Bộ, ngành liên quan; Cơ quan, địa phương có liên quan")
        #expect(bare.count == 2 && bare.allSatisfy { $0.kind == .collective && $0.isResolved })
    }

    @Test func aCollectiveEndsWhereTheSentenceGoesOn() {
        let prose = ProseAssignment(agencies: parser)
        let coop = prose.cooperating(in: "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện",
                                     after: "".startIndex)
        #expect(coop.map(\.printed) == ["các sở, ngành liên quan"])
        let reading = prose.read("Các cơ quan, đơn vị trực tiếp quản lý dự án chủ trì rà soát hồ sơ")
        #expect(reading?.lead.map(\.printed) == ["Các cơ quan, đơn vị trực tiếp quản lý dự án"])
        #expect(parser.parse("các doanh nghiệp theo lĩnh vực được giao").first?.printed == "các doanh nghiệp")
        #expect(parser.parse("Các sở, ngành, địa phương hằng quý gửi báo cáo về Sở Nội vụ").first?.printed
                == "Các sở, ngành, địa phương")
    }

    @Test func kindsWithoutCacStandAloneInTheirItem() {
        let refs = parser.parse("Viện, Trường Đại học Vinh; Hợp tác xã; Cá nhân, Doanh nghiệp")
        #expect(refs.map(\.printed) == ["Viện", "Trường Đại học Vinh", "Hợp tác xã", "Cá nhân, Doanh nghiệp"])
        #expect(refs.map { $0.kind == .collective } == [true, false, true, true])
    }

    @Test func wordsThatOnlyLookLikeKindsAreNotCollectives() {
        #expect(!directory.reference(for: "tổ chức").isResolved)
        #expect(!parser.parse("tổ chức").contains { $0.kind == .collective })
        for text in ["các trường hợp đặc biệt", "bộ tiêu chí", "các cơ sở dữ liệu", "các bộ phận"] {
            #expect(!directory.reference(for: text).isResolved, "\(text)")
        }
        #expect(directory.reference(for: "Hiệp hội Doanh nghiệp tỉnh").agencyID == "hiep-hoi-doanh-nghiep-tinh")
        #expect(parser.parse("Sở Tài chính, Viện Kiểm sát nhân dân tỉnh").first?.agencyID == "so-tai-chinh")
        #expect(parser.parse("Công an tỉnh").map(\.agencyID) == ["cong-an-tinh"])
    }

    @Test func aCollectiveTheDirectoryDoesNotSpellIsUnderstoodNotFlagged() {
        let ref = directory.reference(for: "các hợp tác xã nông nghiệp")
        #expect(ref.isResolved && ref.kind == .collective)
        #expect(ref.canonical == "Các hợp tác xã nông nghiệp")
        #expect(directory.reference(for: "những hợp tác xã, doanh nghiệp").agencyID
                == directory.reference(for: "các doanh nghiệp và hợp tác xã").agencyID)
    }
}
