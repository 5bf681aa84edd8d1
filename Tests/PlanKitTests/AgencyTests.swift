import Testing
@testable import PlanKit

@Suite("The agency directory")
struct AgencyTests {
    let directory = TestSupport.directory
    var parser: AgencyListParser { AgencyListParser(directory: directory) }

    @Test func variantsResolveToOneAgency() {
        let spellings: [(String, String)] = [
            ("Sở KH&ĐT", "so-ke-hoach-dau-tu"),
            ("Sở Kế hoạch & Đầu tư", "so-ke-hoach-dau-tu"),
            ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "so-ke-hoach-dau-tu"),
            ("Sở TT&TT", "so-thong-tin-truyen-thong"),
            ("Sở LĐ-TB&XH", "so-lao-dong-thuong-binh-xa-hoi"),
            ("Sở Lao động – Thương binh và Xã hội", "so-lao-dong-thuong-binh-xa-hoi"),
            ("Sở Tài Nguyên và Môi trường", "so-tai-nguyen-moi-truong"),
            ("Đài Phát thanh – Truyền hình Thái Nguyên", "dai-phat-thanh-truyen-hinh-thai-nguyen"),
            ("Đài Phát thanh - Truyền hình Thái Nguyên", "dai-phat-thanh-truyen-hinh-thai-nguyen"),
            ("UBND tỉnh", "ubnd-tinh"),
            ("Uỷ ban nhân dân tỉnh", "ubnd-tinh"),
            ("Ủy ban nhân dân tỉnh", "ubnd-tinh"),
            ("UBND các huyện, thành phố", "ubnd-cap-huyen"),
            ("Sở Kế hoạch và Đầu tư".decomposedStringWithCanonicalMapping, "so-ke-hoach-dau-tu"),
        ]
        for (printed, id) in spellings {
            #expect(directory.reference(for: printed).agencyID == id, "\(printed)")
        }
        #expect(directory.reference(for: "Sở Không Tồn Tại").agencyID == nil)
        #expect(directory.reference(for: "Sở Không Tồn Tại").kind == .unknown)
    }

    @Test func collectiveBodiesStayWhole() {
        let refs = parser.parse("Các sở, ban ngành; Ủy ban nhân dân các huyện, thành phố")
        #expect(refs.map(\.agencyID) == ["cac-so-ban-nganh", "ubnd-cap-huyen"])
        #expect(refs.map(\.printed) == ["Các sở, ban ngành", "Ủy ban nhân dân các huyện, thành phố"])
        let mixed = parser.parse("Sở Tài chính, Sở Kế hoạch và Đầu tư, các đơn vị, địa phương liên quan")
        #expect(mixed.map(\.printed) == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các đơn vị, địa phương liên quan"])
        #expect(mixed.last?.kind == .collective)
    }

    @Test func listsSplitOnlyWhereNoNameIsCut() {
        let refs = parser.parse("Công an tỉnh, Sở Lao động - Thương binh và Xã hội và các cơ quan, đơn vị, liên quan")
        #expect(refs.map(\.agencyID) == ["cong-an-tinh", "so-lao-dong-thuong-binh-xa-hoi", "cac-don-vi-lien-quan"])
        let withComma = parser.parse("Sở Văn hóa, Thể thao và Du lịch và Sở Y tế")
        #expect(withComma.map(\.agencyID) == ["so-van-hoa-the-thao-du-lich", "so-y-te"])
    }

    @Test func unknownNamesAreKeptAndSplitOnSeparators() {
        let refs = parser.parse("Sở Tài chính, Hội Người mù tỉnh và Sở Y tế; Liên minh Hợp tác xã")
        #expect(refs.map(\.printed) == ["Sở Tài chính", "Hội Người mù tỉnh", "Sở Y tế", "Liên minh Hợp tác xã"])
        #expect(refs.map(\.isResolved) == [true, false, true, false])
    }

    @Test func assignmentsReadLeadAndCooperating() {
        let assignments = AssignmentParser(agencies: parser)
        let (lead, coop) = assignments.parse("Sở Nội vụ, Sở Kế hoạch và Đầu tư cùng chủ trì, phối hợp với Sở Tài chính, Sở Thông tin và Truyền thông, các cơ quan, tổ chức, doanh nghiệp liên quan thống nhất giải pháp, tổ chức triển khai thực hiện.")
        #expect(lead.map(\.agencyID) == ["so-noi-vu", "so-ke-hoach-dau-tu"])
        #expect(coop.map(\.agencyID) == ["so-tai-chinh", "so-thong-tin-truyen-thong", "cac-don-vi-lien-quan"])
        let (lead2, coop2) = assignments.parse("Sở Thông tin và Truyền thông phối hợp với các sở, ban, ngành, tổ chức, doanh nghiệp liên quan thống nhất giải pháp, tổ chức triển khai thực hiện.")
        #expect(lead2.map(\.agencyID) == ["so-thong-tin-truyen-thong"])
        #expect(coop2.map(\.agencyID) == ["cac-so-ban-nganh", "cac-to-chuc-doanh-nghiep-lien-quan"])
    }

    @Test func restructuringOf2025() {
        let day = TestSupport.date("2026-11-23")
        #expect(directory.current("so-ke-hoach-dau-tu", on: day)?.name == "Sở Tài chính")
        #expect(directory.current("so-ke-hoach-dau-tu", on: TestSupport.date("2025-02-28"))?.name == "Sở Kế hoạch và Đầu tư")
        #expect(directory.current("so-thong-tin-truyen-thong", on: day)?.name == "Sở Khoa học và Công nghệ")
        #expect(directory.current("so-lao-dong-thuong-binh-xa-hoi", on: day)?.name == "Sở Nội vụ")
        #expect(directory.current("so-tai-nguyen-moi-truong", on: day)?.name == "Sở Nông nghiệp và Môi trường")
        #expect(directory.current("so-giao-thong-van-tai", on: day)?.name == "Sở Xây dựng")
        #expect(directory.current("bo-ke-hoach-dau-tu", on: day)?.name == "Bộ Tài chính")
        #expect(directory.current("ubnd-cap-huyen", on: day)?.name == "Ủy ban nhân dân các xã, phường")
        #expect(directory.current("ubnd-tinh-kon-tum", on: day)?.name == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(directory.current("so-tai-chinh", on: day)?.name == "Sở Tài chính")
        let labour = directory.successions(of: "so-lao-dong-thuong-binh-xa-hoi", on: day)
        #expect(Set(labour.map(\.agencyID)) == ["so-noi-vu", "so-y-te", "so-giao-duc-dao-tao", "cong-an-tinh"])
        #expect(labour.first { $0.part == nil }?.act == "Nghị định 45/2025/NĐ-CP")
        let press = directory.successions(of: "so-thong-tin-truyen-thong", on: day).first { $0.part != nil }
        #expect(press?.agencyID == "so-van-hoa-the-thao-du-lich")
        #expect(directory.province("Kon Tum", on: day).name == "Quảng Ngãi")
        #expect(directory.province("Kon Tum", on: TestSupport.date("2025-06-30")).name == "Kon Tum")
        #expect(directory.province("Thái Nguyên", on: day).name == "Thái Nguyên")
    }

    @Test func badDirectoriesAreRefusedClearly() {
        #expect(throws: AgencyDirectory.LoadError.self) { try AgencyDirectory.load(yaml: "agencies: [") }
        #expect(throws: AgencyDirectory.LoadError.invalidEntry(path: nil, id: "x", line: nil, problem: .unknownKind("spaceship"))) {
            try AgencyDirectory.load(yaml: "agencies:\n  - {id: x, name: X, kind: spaceship}")
        }
        #expect(throws: AgencyDirectory.LoadError.invalidEntry(path: nil, id: "a", line: nil, problem: .unknownSuccessor("b"))) {
            try AgencyDirectory.load(yaml: "agencies:\n  - id: a\n    name: A\n    kind: department\n    successors:\n      - {id: b, from: 2025-03-01, act: x}")
        }
    }

    @Test func everyAliasResolvesToItsOwnAgency() {
        for agency in directory.agencies {
            for name in [agency.name] + agency.aliases {
                #expect(directory.lookup(name)?.id == agency.id, "\(name) should resolve to \(agency.id)")
            }
        }
    }
}
