/// The timeline pane's catalogue, kept with the pane: each language switches over every case.
public enum TimelineText: PhraseCatalogue, Hashable {
    case title
    case zoom(TimelineZoom)
    case grouping(TimelineGrouping)
    /// The rows of tasks whose timeframe cannot be drawn, and of tasks under no group.
    case unknown, unassigned
    case reportDay(String)
    /// A report due on this day of every month.
    case reportDayMonthly(Int)
    case today(String)
    /// The `?` help of the pane's commands.
    case zoomInHelp, zoomOutHelp, earlierHelp, laterHelp, todayHelp, groupingHelp

    /// Each case once (each value of an enum it names), with distinct sample values, for the test that walks
    /// the catalogues.
    public static var everyPhrase: [TimelineText] {
        [.title,
         .unknown,
         .unassigned,
         .reportDay("⟨reportDay0⟩"),
         .reportDayMonthly(7241),
         .today("⟨today0⟩"),
         .zoomInHelp,
         .zoomOutHelp,
         .earlierHelp,
         .laterHelp,
         .todayHelp,
         .groupingHelp]
            + TimelineZoom.allCases.map { TimelineText.zoom($0) }
            + TimelineGrouping.allCases.map { TimelineText.grouping($0) }
    }

    public var vietnamese: String {
        switch self {
        case .title: return "Tiến độ"
        case .zoom(.years): return "Thang: năm"
        case .zoom(.quarters): return "Thang: quý"
        case .zoom(.months): return "Thang: tháng"
        case .grouping(.agency): return "Nhóm theo cơ quan chủ trì"
        case .grouping(.group): return "Nhóm theo nhóm nhiệm vụ"
        case .grouping(.none): return "Không nhóm"
        case .unknown: return "Chưa rõ thời hạn (không vẽ)"
        case .unassigned: return "Không thuộc nhóm nào"
        case .reportDay(let day): return "báo cáo \(day) hằng năm"
        case .reportDayMonthly(let day): return "báo cáo ngày \(day) hằng tháng"
        case .today(let date): return "hôm nay \(date)"
        case .zoomInHelp: return "phóng to"
        case .zoomOutHelp: return "thu nhỏ"
        case .earlierHelp: return "lùi"
        case .laterHelp: return "tới"
        case .todayHelp: return "hôm nay"
        case .groupingHelp: return "cách nhóm"
        }
    }

    public var english: String {
        switch self {
        case .title: return "Timeline"
        case .zoom(.years): return "Scale: years"
        case .zoom(.quarters): return "Scale: quarters"
        case .zoom(.months): return "Scale: months"
        case .grouping(.agency): return "Grouped by lead agency"
        case .grouping(.group): return "Grouped by task group"
        case .grouping(.none): return "Not grouped"
        case .unknown: return "Timeframe not understood (not drawn)"
        case .unassigned: return "In no group"
        case .reportDay(let day): return "report by \(day) yearly"
        case .reportDayMonthly(let day): return "report by day \(day) monthly"
        case .today(let date): return "today \(date)"
        case .zoomInHelp: return "zoom in"
        case .zoomOutHelp: return "zoom out"
        case .earlierHelp: return "earlier"
        case .laterHelp: return "later"
        case .todayHelp: return "today"
        case .groupingHelp: return "grouping"
        }
    }
}
