/// What the *Tổ chức thực hiện* section asks of one agency (or of several named together).
public struct AgencyDuty: Codable, Sendable, Equatable {
    public var agencies: [AgencyRef]
    /// The heading as printed ("Sở Kế hoạch và Đầu tư:", "Đề nghị Đại học Thái Nguyên").
    public var heading: String
    /// A parenthesised remark after the name, without its parentheses.
    public var remark: String?
    public var items: [String]
    public var sourceLine: Int

    public init(agencies: [AgencyRef], heading: String, remark: String?, items: [String], sourceLine: Int) {
        self.agencies = agencies
        self.heading = heading
        self.remark = remark
        self.items = items
        self.sourceLine = sourceLine
    }
}

/// A recurring duty to report on the plan: who reports, to whom, through whom, by which day of the year
/// or of every month.
public struct ReportingDuty: Codable, Sendable, Equatable {
    public var reporters: [AgencyRef]
    public var recipient: AgencyRef?
    public var through: AgencyRef?
    /// Day and month of the yearly deadline ("trước ngày 15 tháng 11 hằng năm"); month `everyMonth` (0) for a
    /// report due on that day of each month ("trước ngày 20 hằng tháng").
    public var dueMonth: Int
    public var dueDay: Int
    public var text: String
    public var sourceLine: Int

    public init(reporters: [AgencyRef], recipient: AgencyRef?, through: AgencyRef?, dueMonth: Int, dueDay: Int,
                text: String, sourceLine: Int) {
        self.reporters = reporters
        self.recipient = recipient
        self.through = through
        self.dueMonth = dueMonth
        self.dueDay = dueDay
        self.text = text
        self.sourceLine = sourceLine
    }

    /// `dueMonth` of a report due every month.
    public static let everyMonth = 0

    public var isMonthly: Bool { dueMonth == Self.everyMonth }

    /// The days it is due in `year`: one, or twelve for a monthly report (the day moved to the month's last
    /// where the month is shorter).
    public func dueDates(in year: Int) -> [CalendarDate] {
        (isMonthly ? Array(1...12) : [dueMonth]).compactMap { month in
            CalendarDate(year: year, month: month, day: min(dueDay, CalendarDate.daysIn(month: month, year: year)))
        }
    }

    /// The first due date on or after `date`.
    public func nextDue(onOrAfter date: CalendarDate) -> CalendarDate? {
        for year in date.year...(date.year + 1) {
            if let due = dueDates(in: year).first(where: { $0 >= date }) { return due }
        }
        return nil
    }
}

/// A footnote (¹ ² …) and its text; the marker is removed from the body text.
public struct Footnote: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    public var sourceLine: Int

    public init(number: Int, text: String, sourceLine: Int) {
        self.number = number
        self.text = text
        self.sourceLine = sourceLine
    }
}
