import Foundation
import Testing

/// A document re-imported after its issuer came to be read differently (the department named under the
/// province's committee) is the same document: same number, same date. `import` refuses to make a second
/// plan of it, names the stored one and says what to do; `--as-new` stores it as another plan on purpose.
@Suite struct ReimportIdentityTests {
    static let committeeReading = """
    UBND TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 07/KH-STC | Cao Bằng, ngày 02 tháng 4 năm 2026 |
    KẾ HOẠCH
    Nâng cao chất lượng quản lý ngân sách xã
    1. Giao Sở Tài chính chủ trì rà soát biểu mẫu, hoàn thành trong quý II năm 2026.
    """
    /// The same document with the department's line of the heading block, which the reader now takes as issuer.
    static let departmentReading = committeeReading.replacingOccurrences(
        of: "VIỆT NAM |\n", with: "VIỆT NAM |\nSỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc |\n")

    @Test func theSameNumberAndDateUnderAnotherIssuerIsRefusedNamingTheStoredPlan() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.db").path
        let first = dir.appendingPathComponent("a.txt")
        let second = dir.appendingPathComponent("b.txt")
        try Data(Self.committeeReading.utf8).write(to: first)
        try Data(Self.departmentReading.utf8).write(to: second)
        let stored = try Binary.kehoach(["import", first.path, "--db", db])
        #expect(stored.status == 0, "\(stored.stderr)")
        let plans = try Binary.kehoach(["plans", "--db", db])
        #expect(plans.stdout.contains("cao-bang-stc-07"), "\(plans.stdout)")

        let refused = try Binary.kehoach(["import", second.path, "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("kế hoạch cao-bang-stc-07"), "\(refused.stderr)")
        #expect(refused.stderr.contains("«Ủy ban nhân dân tỉnh Cao Bằng»") && refused.stderr.contains("«Sở Tài chính»"))
        #expect(refused.stderr.contains("--as-new"))
        let english = try Binary.kehoach(["import", second.path, "--db", db, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("already stored: plan cao-bang-stc-07"), "\(english.stderr)")
        // Nothing was stored: still one plan.
        let after = try Binary.kehoach(["plans", "--db", db, "--format", "json"])
        #expect(after.stdout.components(separatedBy: "\"cao-bang-stc-07").count == 2, "\(after.stdout)")

        // The same reading again is an update of the stored plan, never refused.
        let again = try Binary.kehoach(["import", first.path, "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        // On purpose: a second plan.
        let asNew = try Binary.kehoach(["import", second.path, "--db", db, "--as-new"])
        #expect(asNew.status == 0, "\(asNew.stderr)")
        #expect(asNew.stdout.contains("cao-bang-stc-07-2"), "\(asNew.stdout)")
    }
}
