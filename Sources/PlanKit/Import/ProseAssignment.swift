import Foundation

/// Reads who is given a task from the sentence itself: "Giao Sở Tư pháp chủ trì, phối hợp với …",
/// "UBND phường Y chủ trì, phối hợp với Sở Xây dựng …", "Sở Nông nghiệp và Môi trường chủ động …",
/// "Trên cơ sở …, Sở X có trách nhiệm …". The doer is the run of agency names just before the verb
/// that assigns the role; the cooperating ones are the run of names just after "phối hợp (với)".
struct ProseAssignment {
    let agencies: AgencyListParser

    /// Verbs that follow the doer of an assigned task.
    static let roleVerbs = ["cùng chủ trì", "chủ trì", "chủ động", "có trách nhiệm", "chịu trách nhiệm",
                            "là cơ quan thường trực", "là cơ quan đầu mối", "là đầu mối"]
    /// Words before the doer that only say "is given": "Giao Sở X …", "Đề nghị Tỉnh đoàn …".
    static let givingWords = ["giao cho ", "giao ", "đề nghị ", "yêu cầu ", "ủy quyền cho "]

    struct Reading {
        var lead: [AgencyRef]
        var cooperating: [AgencyRef]
    }

    /// The doer and partners a sentence names; nil where it assigns nobody.
    func read(_ sentence: String) -> Reading? {
        let text = TextCleanup.collapseSpaces(sentence)
        let verb = Self.roleVerbs.compactMap { text.range(of: $0, options: .caseInsensitive) }
            .min { $0.lowerBound < $1.lowerBound }
        var lead: [AgencyRef] = []
        if let verb {
            let before = String(text[..<verb.lowerBound])
            lead = trailingNames(before)
            if lead.isEmpty { lead = subject(before) }
        }
        if lead.isEmpty, let given = givenPrefix(text) {
            lead = leadingNames(String(text[given...]))
        }
        if lead.isEmpty, let named = namedBeforeColon(text) {
            // "Các bộ, các tỉnh: Phân công nhiệm vụ cho công chức …": the work given to the bodies before the colon.
            return Reading(lead: named.lead, cooperating: cooperating(in: text, after: named.rest))
        }
        guard !lead.isEmpty else { return nil }
        return Reading(lead: lead, cooperating: cooperating(in: text, after: verb?.upperBound ?? text.startIndex))
    }

    /// "Sở Y tế: Chủ trì …", "Các bộ, các tỉnh: Phân công …": names the directory or the grammar of collectives
    /// knows, and nothing else, before a colon with work after it ("Cơ quan chủ trì: …" is a label, no body).
    private func namedBeforeColon(_ text: String) -> (lead: [AgencyRef], rest: String.Index)? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 160,
              text[text.index(after: colon)...].split(separator: " ").count >= 3, FieldLabels.field(text) == nil,
              let names = headingAgencies(String(text[..<colon])), names.allSatisfy(\.isResolved) else { return nil }
        return (names, text.index(after: colon))
    }

    /// The bodies that open the sentence, where words that are no name stand between them and the verb:
    /// "Các sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ được giao chủ động …", "Sở Tài chính căn cứ khả
    /// năng cân đối ngân sách, chủ trì …". Only names the directory or the grammar of collectives knows: a
    /// sentence that opens with a verb or a common noun has no subject here.
    func subject(_ before: String) -> [AgencyRef] {
        let names = leadingNames(before)
        return names.allSatisfy(\.isResolved) ? names : []
    }

    /// The partners named after "phối hợp (với)", from `start` on: "phối hợp với Sở X", "Phối hợp chặt chẽ
    /// với Công an tỉnh", "Phối hợp Ban Cơ yếu Chính phủ". A word that is no name ("phối hợp, đề xuất Bộ X",
    /// "phối hợp giữa các ngành") ends the list before it starts.
    func cooperating(in text: String, after start: String.Index) -> [AgencyRef] {
        var from = start
        // The first "phối hợp" that names someone: "chủ trì, phối hợp, hướng dẫn …; phối hợp với Sở X".
        while let marker = text.range(of: "phối hợp", options: .caseInsensitive, range: from..<text.endIndex) {
            let names = leadingNames(Self.droppingPartnerWords(text[marker.upperBound...]))
            if !names.isEmpty { return names }
            from = marker.upperBound
        }
        return []
    }

    /// Words between "phối hợp" and the partners' names that say how, not with whom.
    static let partnerWords = ["chặt chẽ", "thường xuyên", "cùng với", "với", "cùng"]

    private static func droppingPartnerWords(_ text: Substring) -> String {
        var rest = text.drop { $0 == " " }
        var dropped = true
        while dropped {
            dropped = false
            for word in partnerWords {
                guard let r = rest.range(of: word, options: [.caseInsensitive, .anchored]),
                      r.upperBound == rest.endIndex || !rest[r.upperBound].isLetter else { continue }
                rest = rest[r.upperBound...].drop { $0 == " " }
                dropped = true
            }
        }
        return String(rest)
    }

    /// Where the name after a giving word starts ("Giao Sở X …" → at "Sở").
    private func givenPrefix(_ text: String) -> String.Index? {
        for word in Self.givingWords {
            if let r = text.range(of: word, options: [.caseInsensitive, .anchored]) { return r.upperBound }
        }
        return nil
    }

    /// Agency names from the start of a text, up to the first words that are not a name.
    func leadingNames(_ text: String) -> [AgencyRef] {
        var names: [AgencyRef] = []
        for var ref in agencies.parse(clause(text)) {
            if !ref.isResolved {
                let trimmed = AgencyPatterns.trimmingPredicate(ref.printed)
                if trimmed != ref.printed {
                    ref = agencies.directory.reference(for: trimmed)
                    if isName(ref) { names.append(ref) }
                    break
                }
            }
            guard isName(ref) else { break }
            names.append(ref)
        }
        return names
    }

    /// The agencies a heading names, when it is nothing but their names: "Công an tỉnh", "Giao Sở Nội vụ:",
    /// "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các sở, ban, ngành và UBND các xã, phường".
    func headingAgencies(_ title: String) -> [AgencyRef]? {
        var name = title.trimmingSuffix { ":.;, ".contains($0) }
        for word in Self.givingWords {
            if let r = name.range(of: word, options: [.caseInsensitive, .anchored]) { name = name[r.upperBound...] }
        }
        for tail in [" thực hiện các nhiệm vụ sau", " thực hiện các nội dung sau", " thực hiện"] {
            if let r = name.range(of: tail, options: [.caseInsensitive, .backwards]), r.upperBound == name.endIndex {
                name = name[..<r.lowerBound]
            }
        }
        guard !name.isEmpty, name.split(separator: " ").count <= 24 else { return nil }
        let refs = agencies.parse(String(name))
        guard !refs.isEmpty, refs.allSatisfy(isName) else { return nil }
        return refs
    }

    /// Agency names at the end of a text, back to the first words that are not a name.
    func trailingNames(_ text: String) -> [AgencyRef] {
        var body = text
        for word in Self.givingWords {
            if let r = body.range(of: word, options: [.caseInsensitive, .anchored]) { body = String(body[r.upperBound...]) }
        }
        var names: [AgencyRef] = []
        for ref in agencies.parse(body).reversed() {
            guard isName(ref) else { break }
            names.insert(ref, at: 0)
        }
        return names
    }

    /// A name the directory knows, or one that opens like an agency's.
    private func isName(_ ref: AgencyRef) -> Bool {
        ref.isResolved || AgencyPatterns.looksLikeAgency(ref.printed)
    }

    /// The text up to the end of its clause: a name list never runs past ":" or ".".
    private func clause(_ text: String) -> String {
        String(text[..<(text.firstIndex { $0 == ":" || $0 == "." } ?? text.endIndex)])
    }
}
