/// A section of the task list ("I. Nhóm các nhiệm vụ…", "2. Xây dựng hạ tầng đầu tư").
public struct TaskGroup: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    public var sourceLine: Int

    public init(code: String, title: String, sourceLine: Int) {
        self.code = code
        self.title = title
        self.sourceLine = sourceLine
    }
}

/// One task of a plan, with who leads it, who cooperates, and when it is due.
public struct PlanTask: Codable, Sendable, Equatable {
    /// The code as printed, qualified by its group where the plan numbers rows per group ("I.1", "1.1", "6").
    public var code: String
    public var groupCode: String
    public var text: String
    public var lead: [AgencyRef]
    public var cooperating: [AgencyRef]
    /// *Cấp trình*: who the result is submitted to, where the plan says.
    public var submissionLevel: String?
    /// *Kết quả / Sản phẩm*, where the plan says.
    public var result: String?
    public var timeframe: Timeframe
    /// *Ghi chú*, where the plan says.
    public var remark: String?
    public var sourceLine: Int

    public init(code: String, groupCode: String, text: String, lead: [AgencyRef], cooperating: [AgencyRef],
                submissionLevel: String? = nil, result: String? = nil, timeframe: Timeframe,
                remark: String? = nil, sourceLine: Int) {
        self.code = code
        self.groupCode = groupCode
        self.text = text
        self.lead = lead
        self.cooperating = cooperating
        self.submissionLevel = submissionLevel
        self.result = result
        self.timeframe = timeframe
        self.remark = remark
        self.sourceLine = sourceLine
    }
}
