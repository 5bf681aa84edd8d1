import Dashboard
import PlanKit
import Testing

/// The two terminal sizes every scenario runs at.
struct TermSize: CustomStringConvertible, Sendable {
    let width: Int
    let height: Int
    var description: String { "\(width)x\(height)" }

    static let small = TermSize(width: 80, height: 24)
    static let large = TermSize(width: 140, height: 45)
    static let both = [small, large]
}

extension Harness {
    convenience init(_ plan: SeedPlan, _ size: TermSize, language: Language = .vi, colors: Bool = true,
                     unicode: Bool = true) {
        self.init(plans: [plan], width: size.width, height: size.height, language: language, colors: colors,
                  unicode: unicode)
    }

    /// Every row is exactly the screen's width in display columns: nothing overflowed, no wide glyph split.
    func expectWellFormed(sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = self.screen
        for (y, line) in screen.lines.enumerated() {
            #expect(DisplayWidth.of(line) == screen.width, "row \(y) is \(DisplayWidth.of(line)) columns: \(line)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The task code of the selected matrix row, from the state.
    var selectedTaskCode: String? {
        guard let task = state.matrix.selectedTask else { return nil }
        return state.document?.plan.tasks[task].code
    }
}
