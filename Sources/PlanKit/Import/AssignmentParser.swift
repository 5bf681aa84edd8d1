import Foundation

/// Reads who does a task from prose: "Sở A chủ trì, phối hợp với Sở B và các đơn vị liên quan thống nhất
/// giải pháp…". Leads come before "chủ trì" / "cùng chủ trì" (or, without it, before "phối hợp với");
/// cooperating agencies follow "phối hợp với". The closing formula is not an agency.
struct AssignmentParser {
    let agencies: AgencyListParser

    private static let tails = ["thống nhất giải pháp", "tổ chức triển khai thực hiện", "triển khai thực hiện",
                                "tổ chức thực hiện", "theo chức năng, nhiệm vụ", "theo chức năng nhiệm vụ"]

    func parse(_ text: String) -> (lead: [AgencyRef], cooperating: [AgencyRef]) {
        var body = TextCleanup.collapseSpaces(text)
        while let last = body.last, ".;:".contains(last) { body.removeLast() }
        func find(_ phrase: String) -> Range<String.Index>? { body.range(of: phrase, options: .caseInsensitive) }
        let cooperateMarker = find("phối hợp với") ?? find("phối hợp")
        let leadMarker = find("cùng chủ trì") ?? find("chủ trì")

        var leadText: Substring
        var coopText: Substring = ""
        if let lead = leadMarker {
            leadText = body[..<lead.lowerBound]
            if let coop = cooperateMarker, coop.lowerBound >= lead.upperBound { coopText = body[coop.upperBound...] }
        } else if let coop = cooperateMarker {
            leadText = body[..<coop.lowerBound]
            coopText = body[coop.upperBound...]
        } else {
            leadText = body[...]
        }
        return (agencies.parse(strippingTail(String(leadText))), agencies.parse(strippingTail(String(coopText))))
    }

    private func strippingTail(_ text: String) -> String {
        var cut = text.endIndex
        for tail in Self.tails {
            if let r = text.range(of: tail, options: .caseInsensitive), r.lowerBound < cut { cut = r.lowerBound }
        }
        return TextCleanup.collapseSpaces(text[..<cut]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:."))
    }
}
