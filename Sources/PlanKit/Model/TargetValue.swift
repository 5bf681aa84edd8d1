/// An actual value recorded for a target in a year ("2025: 280 trained").
public struct TargetValue: Sendable, Equatable, Hashable, Codable {
    /// Index of the objective in `Plan.objectives`, and of the target in its `targets`.
    public var objectiveIndex: Int
    public var targetIndex: Int
    public var year: Int
    public var value: Double
    public var note: String?

    public init(objectiveIndex: Int, targetIndex: Int, year: Int, value: Double, note: String? = nil) {
        self.objectiveIndex = objectiveIndex
        self.targetIndex = targetIndex
        self.year = year
        self.value = value
        self.note = note
    }
}
