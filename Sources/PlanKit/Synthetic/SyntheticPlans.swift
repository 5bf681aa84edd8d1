/// Deterministic synthetic plans for benchmarks and scale tests: published-style text (a task table),
/// realistic Vietnamese lengths, a mix of timeframes, cooperating lists, over a directory of M agencies.
public struct SyntheticPlans: Sendable {
    public let seed: UInt64
    public let agencyCount: Int

    public init(seed: UInt64 = 2026, agencyCount: Int = 500) {
        self.seed = seed
        self.agencyCount = max(1, agencyCount)
    }

    private static let departments = [
        "Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Sở Y tế", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp",
    ]
    private static let provinces = [
        "Hà Giang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn",
        "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
        "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
        "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum",
        "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
        "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
        "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Tuyên Quang", "Cao Bằng", "Bắc Kạn",
    ]
    private static let verbs = [
        "Triển khai", "Nghiên cứu, đề xuất", "Rà soát, hoàn thiện", "Tổ chức", "Xây dựng và vận hành", "Khảo sát, đánh giá",
        "Đẩy mạnh", "Hỗ trợ, khuyến khích", "Tăng cường", "Phối hợp thực hiện",
    ]
    private static let objects = [
        "cơ chế, chính sách thu hút đầu tư vào lĩnh vực bán dẫn", "chương trình đào tạo nhân lực chất lượng cao",
        "hạ tầng số và trung tâm dữ liệu dùng chung", "các khu công nghiệp có vị trí thuận lợi, đồng bộ hạ tầng kỹ thuật",
        "hoạt động xúc tiến đầu tư, hội thảo quốc tế", "thủ tục hành chính đối với hoạt động đầu tư, sản xuất kinh doanh",
        "mạng lưới đổi mới sáng tạo và khởi nghiệp", "hợp tác giữa Nhà nước - Nhà trường - Nhà doanh nghiệp",
        "công tác truyền thông, nâng cao nhận thức của xã hội", "nhiệm vụ khoa học và công nghệ cấp tỉnh",
    ]
    private static let purposes = [
        "nhằm nâng cao năng lực cạnh tranh của địa phương", "bảo đảm hiệu quả, tránh lãng phí",
        "phù hợp với tình hình thực tế tại địa phương", "đáp ứng yêu cầu của thị trường trong và ngoài tỉnh",
        "tạo điều kiện thuận lợi cho doanh nghiệp trong và ngoài nước", "góp phần thực hiện mục tiêu phát triển kinh tế số",
    ]
    private static let timeframes = [
        "2025-2030", "Năm 2026", "Năm 2025 - 2027", "Quý II/2027", "Quý IV năm 2026", "Tháng 10/2026", "Hàng năm",
        "Thường xuyên", "trước ngày 31/12/2027", "Thường xuyên, hàng năm", "2028", "2026 và những năm tiếp theo",
    ]

    /// The synthetic agencies' names, each a department of a province ("Sở Y tế tỉnh Lào Cai").
    public var agencyNames: [String] {
        (0..<agencyCount).map { i in
            let province = Self.provinces[(i / Self.departments.count) % Self.provinces.count]
            let round = i / (Self.departments.count * Self.provinces.count)
            return "\(Self.departments[i % Self.departments.count]) tỉnh \(province)\(round > 0 ? " \(round + 1)" : "")"
        }
    }

    /// A directory that knows every synthetic agency, plus the real directory's entries.
    public func directory(extending base: AgencyDirectory) -> AgencyDirectory {
        var agencies = base.agencies
        for (i, name) in agencyNames.enumerated() {
            agencies.append(Agency(id: "syn-\(i)", name: name, kind: .department))
        }
        return AgencyDirectory(agencies: agencies, mergers: base.mergers)
    }

    /// One plan of `taskCount` tasks read through the real importer, in chunks of 10,000 tasks joined (as a
    /// ministry's consolidated list would be; it also keeps the benchmarks' fixture the one they were measured
    /// on), group and task codes prefixed by their chunk to stay unique.
    public func plan(taskCount: Int, directory: AgencyDirectory) throws -> Plan {
        let chunk = 10_000
        var plan: Plan?
        var done = 0
        var part = 0
        while done < taskCount || plan == nil {
            let count = min(chunk, max(0, taskCount - done))
            var piece = try PlanImporter.importPlan(text: planText(number: 7, taskCount: count), directory: directory).plan
            if part > 0 {
                for i in piece.groups.indices { piece.groups[i].code = "\(part)-\(piece.groups[i].code)" }
                for i in piece.tasks.indices {
                    piece.tasks[i].groupCode = "\(part)-\(piece.tasks[i].groupCode)"
                    piece.tasks[i].code = "\(part)-\(piece.tasks[i].code)"
                }
            }
            if plan == nil {
                plan = piece
            } else {
                plan?.groups += piece.groups
                plan?.tasks += piece.tasks
            }
            done += count
            part += 1
        }
        guard var result = plan else { return try PlanImporter.importPlan(text: planText(number: 7, taskCount: 0), directory: directory).plan }
        result.sourceDigest = SHA256.hex(of: "synthetic-\(seed)-\(taskCount)")
        return result
    }

    /// The published text of one plan with `taskCount` tasks in groups of about 50, as an appendix table.
    public func planText(number: Int, taskCount: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
        let names = agencyNames
        var lines: [String] = []
        lines.reserveCapacity(taskCount + 64)
        lines.append("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")
        lines.append("Số: \(number)/KH-UBND | Lào Cai, ngày 15 tháng 3 năm 2025 |")
        lines.append("KẾ HOẠCH")
        lines.append("Triển khai chương trình phát triển số \(number) trên địa bàn tỉnh Lào Cai giai đoạn 2025 - 2030")
        lines.append("I. MỤC TIÊU")
        lines.append("1. Mục tiêu chung")
        lines.append("- Phát triển nguồn nhân lực chất lượng cao, đáp ứng yêu cầu chuyển đổi số của tỉnh.")
        lines.append("2. Mục tiêu cụ thể")
        lines.append("- Đến năm 2030:")
        lines.append("+ Mỗi năm đào tạo khoảng \(100 + rng.next(900)) nhân lực; thu hút tối thiểu 0\(1 + rng.next(8)) dự án.")
        lines.append("II. TỔ CHỨC THỰC HIỆN")
        lines.append("1. \(names[0]):")
        lines.append("- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.")
        lines.append("PHỤ LỤC")
        lines.append("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Tiến độ thực hiện |")
        let groupSize = 50
        for index in 0..<taskCount {
            if index % groupSize == 0 {
                let group = index / groupSize + 1
                lines.append("\(RomanNumeralText.of(group)) | Nhóm nhiệm vụ \(group): \(Self.objects[group % Self.objects.count]) | | | |")
            }
            let text = "\(Self.verbs[rng.next(Self.verbs.count)]) \(Self.objects[rng.next(Self.objects.count)]), "
                + "\(Self.purposes[rng.next(Self.purposes.count)]); \(Self.objects[rng.next(Self.objects.count)])."
            let lead = names[rng.next(names.count)]
            let cooperating = (0..<(1 + rng.next(3))).map { _ in names[rng.next(names.count)] } + ["các đơn vị, địa phương liên quan"]
            lines.append("\(index % groupSize + 1) | \(text) | \(lead) | \(cooperating.joined(separator: ", ")) | "
                         + "\(Self.timeframes[rng.next(Self.timeframes.count)]) |")
        }
        lines.append("- Người ký: Nguyễn Văn An")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Upper-case Roman numerals for group codes.
public enum RomanNumeralText {
    public static func of(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = max(1, number)
        var out = ""
        for (value, letters) in table {
            while n >= value { out += letters; n -= value }
        }
        return out
    }
}

/// A small, fast, deterministic generator (SplitMix64): the same seed gives the same data on every machine.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<upperBound.
    public mutating func next(_ upperBound: Int) -> Int {
        Int(nextUInt64() % UInt64(max(1, upperBound)))
    }
}
