/// "Theo phân công tại Quyết định số 1441/QĐ-UBND …" in a lead or partner cell: the doers are the bodies
/// another document assigns. That is a reference to them, not a body's name: one collective, understood
/// (never flagged as unknown), identified by the document it points to.
enum AssignedElsewhere {
    /// How such a cell opens, as search keys.
    private static let openers = ["theo phan cong tai ", "theo phan cong cua ", "theo phan cong trong ",
                                  "theo phan cong o ", "theo su phan cong tai ", "theo su phan cong cua "]

    static func reference(_ text: String) -> AgencyRef? {
        // Most cells are names: a first letter that is not "T" settles it before any folding.
        guard let first = text.first(where: { $0 != " " }), first == "T" || first == "t" else { return nil }
        let printed = TextCleanup.collapseSpaces(text.nfc).trimmingSuffix { ".;, ".contains($0) }
        let key = SearchKey.make(printed)
        // The whole cell is the reference: "Theo phân công tại …, Sở X chủ trì" names its doer after the comma.
        guard !printed.contains(where: { $0 == "," || $0 == ";" }),
              let opener = openers.first(where: { key.hasPrefix($0) }), key.count > opener.count else { return nil }
        let rest = key.dropFirst(opener.count)
        // The document's number where it has one ("1441/qd-ubnd"), else the words that name it.
        let number = rest.split(separator: " ").first { word in
            word.first.map { $0.isASCII && $0.isNumber } == true && word.contains("/") && word.contains { $0.isLetter }
        }
        let id = "theo-phan-cong-" + SearchKey.slug(number ?? rest)
        let name = String(printed)
        return AgencyRef(printed: name, agencyID: id, canonical: name.prefix(1).uppercased() + name.dropFirst(),
                         kind: .collective)
    }
}
