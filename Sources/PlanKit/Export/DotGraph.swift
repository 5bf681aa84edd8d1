/// The agency–task graph of a plan in Graphviz DOT: agencies as boxes (collective bodies dashed),
/// tasks as ellipses, a solid edge from each lead agency and a dashed one from each cooperating agency.
public enum DotGraph {
    public static func render(_ plan: Plan) -> String {
        var lines: [String] = []
        let title = plan.identity.number.map { "\($0) \(plan.identity.title)" } ?? plan.identity.title
        lines.append("digraph \(quote(plan.identity.slug)) {")
        lines.append("  graph [label=\(quote(title)), labelloc=t, rankdir=LR, fontname=\"sans-serif\"];")
        lines.append("  node [fontname=\"sans-serif\"];")
        lines.append("  edge [fontname=\"sans-serif\"];")
        var agencies: [String: AgencyRef] = [:]
        var agencyOrder: [String] = []
        for task in plan.tasks {
            for agency in task.lead + task.cooperating where agencies[identity(agency)] == nil {
                agencies[identity(agency)] = agency
                agencyOrder.append(identity(agency))
            }
        }
        for key in agencyOrder {
            guard let agency = agencies[key] else { continue }
            let style = agency.kind == .collective ? ", style=dashed" : ""
            lines.append("  \(quote("agency:" + key)) [shape=box, label=\(quote(agency.canonical))\(style)];")
        }
        for task in plan.tasks {
            let label = task.code + "\n" + shortened(task.text, to: 60)
            lines.append("  \(quote("task:" + task.code)) [shape=ellipse, label=\(quote(label)), tooltip=\(quote(task.timeframe.text))];")
        }
        for task in plan.tasks {
            // An agency named as lead and as cooperating on one task is drawn once, as lead.
            var seen: Set<String> = []
            for agency in task.lead where seen.insert(identity(agency)).inserted {
                lines.append("  \(quote("agency:" + identity(agency))) -> \(quote("task:" + task.code)) [style=solid];")
            }
            for agency in task.cooperating where seen.insert(identity(agency)).inserted {
                lines.append("  \(quote("agency:" + identity(agency))) -> \(quote("task:" + task.code)) [style=dashed, color=gray40];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, control and bidi characters dropped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if ControlCharacters.isUnsafe(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func identity(_ agency: AgencyRef) -> String { agency.agencyID ?? agency.canonical }

    private static func shortened(_ text: String, to width: Int) -> String {
        TextLayout.truncate(text, toWidth: width)
    }
}
