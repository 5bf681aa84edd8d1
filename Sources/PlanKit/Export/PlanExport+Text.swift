import Foundation
import Yams

extension PlanExport {
    /// Pretty-printed JSON with sorted keys, as `PlanDocument.json()` writes it.
    public func json() throws -> String {
        try JSONOutput.encode(self) + "\n"
    }

    /// YAML for correcting by hand and importing back; fields in the schema's order, Vietnamese unescaped.
    public func yaml() throws -> String {
        let header = """
            # kehoach: a plan with its statuses. Correct it and import it back: kehoach import FILE.yaml
            # (kế hoạch kèm tình hình thực hiện; sửa rồi nhập lại bằng: kehoach import TỆP.yaml)

            """
        // The writer escapes every control, bidi control and line separator between double quotes.
        return header + (try YAMLBlockWriter.encode(self))
    }

    /// Reads an export written by `yaml()` (or edited since). Errors say where the YAML is wrong.
    public static func fromYAML(_ text: String) throws -> PlanExport {
        // The layout kehoach writes (and a hand correction keeps) is read line by line without a tree;
        // anything else, and every error, goes to Yams, which reads all of YAML and says where it is wrong.
        if let export = try? YAMLBlockReader.decode(PlanExport.self, from: text) { return export }
        do {
            return try YAMLDecoder().decode(PlanExport.self, from: text)
        } catch {
            throw PlanExportError.invalid(YAMLProblem.from(error, in: text))
        }
    }

    /// Whether a file's text is a kehoach export rather than a published plan: its `format` line.
    public static func looksLikeExport(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline).prefix(20) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") || trimmed.isEmpty || trimmed == "---" { continue }
            return trimmed.hasPrefix("format:") && trimmed.contains("kehoach-plan")
        }
        return false
    }
}
