import Foundation
import PlanKit

extension DashboardRuntime {
    /// The text through the user's editor ($VISUAL, else $EDITOR, else vi) in a temporary file, the terminal
    /// given to it meanwhile; nil when it could not run or exited with an error.
    func editExternally(_ text: String) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-note-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        do { try (text + "\n").write(to: file, atomically: true, encoding: .utf8) } catch { return nil }
        let status = device.runProgram(shellCommand: "${VISUAL:-${EDITOR:-vi}} \"$1\"", argument: file.path)
        needsDraw = true
        guard status == 0, let edited = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return edited.nfc
    }
}
