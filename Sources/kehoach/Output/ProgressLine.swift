import Foundation
import PlanKit

/// Progress of a long operation on one line of the terminal's standard error. Silent when standard
/// error is not a terminal (scripts, pipes, tests), and when the result itself goes to the terminal,
/// whose lines the progress would otherwise cut into.
struct ProgressLine {
    let isEnabled: Bool

    init(outputToTerminal: Bool = false) {
        isEnabled = isatty(STDERR_FILENO) == 1 && !(outputToTerminal && isatty(STDOUT_FILENO) == 1)
    }

    /// "Đang xuất… 45% (45.000/100.000)".
    func update(_ label: String, done: Int, total: Int) {
        guard total > 0 else { return show(label) }
        show("\(label) \(done * 100 / total)% (\(done)/\(total))")
    }

    func show(_ text: String) {
        guard isEnabled else { return }
        // Carriage return and erase-line: the next update overwrites this one.
        StandardError.writeControl("\r\u{1B}[K" + ControlCharacters.terminalText(text))
    }

    func finish() {
        guard isEnabled else { return }
        StandardError.writeControl("\r\u{1B}[K")
    }
}
