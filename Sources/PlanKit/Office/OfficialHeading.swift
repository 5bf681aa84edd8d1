/// What the heading and the signature block of an official report say (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// who reports and over whom, the number, the place and day, who signs. The words come from the
/// user's settings; what is not set is left as a dotted blank to fill by hand, as officials do.
public struct OfficialHeading: Sendable, Equatable {
    /// The reporting body ("Sở Kế hoạch và Đầu tư").
    public var body: String
    /// Its superior, printed above it ("Ủy ban nhân dân tỉnh Kon Tum"); nil for none.
    public var superior: String?
    /// "…/BC-SKHĐT": the number is given on issue.
    public var number: String?
    /// Địa danh ("Kon Tum").
    public var place: String?
    public var date: CalendarDate
    /// "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC".
    public var signerTitle: String?
    public var signerName: String?
    /// Nơi nhận, without the closing "Lưu: VT".
    public var recipients: [String]

    public init(body: String, superior: String? = nil, number: String? = nil, place: String? = nil, date: CalendarDate,
                signerTitle: String? = nil, signerName: String? = nil, recipients: [String] = []) {
        self.body = body
        self.superior = superior
        self.number = number
        self.place = place
        self.date = date
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }

    /// "Kon Tum, ngày 23 tháng 11 năm 2026": days below 10 and the months 1 and 2 take a leading zero,
    /// as the decree asks.
    public var placeAndDate: String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "\(place ?? "……"), ngày \(day) tháng \(month) năm \(date.year)"
    }
}
