/// A department or ministry assigns work to its own units by their bare names: "Phòng Quản lý Công nghiệp",
/// "Văn phòng Sở", "Chi cục …", "Thanh tra Sở", "Vụ …", "Cục …". No directory lists every unit of every
/// issuer, so such a name in the issuer's own plan is its unit: it takes the issuer as parent and its kind.
enum IssuerUnits {
    /// How a unit's name begins, by the kind of issuer that has such units.
    private static let unitWords: [AgencyKind: [String]] = [
        .department: ["phong ", "van phong so", "chi cuc ", "thanh tra so", "trung tam "],
        .ministry: ["vu ", "cuc ", "van phong bo", "thanh tra bo", "vien "],
    ]

    static func resolve(_ plan: inout Plan, directory: AgencyDirectory) {
        let issuer = directory.reference(for: plan.identity.issuer)
        guard let issuerID = issuer.agencyID, let words = unitWords[issuer.kind] else { return }
        func unit(_ ref: AgencyRef) -> AgencyRef {
            guard !ref.isResolved, ref.parentID == nil else { return ref }
            let key = SearchKey.make(ref.printed)
            guard words.contains(where: { key.hasPrefix($0) }) else { return ref }
            var own = ref
            own.parentID = issuerID
            own.kind = issuer.kind
            return own
        }
        for i in plan.tasks.indices {
            plan.tasks[i].lead = plan.tasks[i].lead.map(unit)
            plan.tasks[i].cooperating = plan.tasks[i].cooperating.map(unit)
        }
        for i in plan.duties.indices { plan.duties[i].agencies = plan.duties[i].agencies.map(unit) }
        for i in plan.reporting.indices {
            plan.reporting[i].reporters = plan.reporting[i].reporters.map(unit)
            plan.reporting[i].recipient = plan.reporting[i].recipient.map(unit)
            plan.reporting[i].through = plan.reporting[i].through.map(unit)
        }
    }

    /// A unit of the plan's own issuer: known by its parent, never reported as an unknown agency.
    static func isOwnUnit(_ ref: AgencyRef, issuerID: String?) -> Bool {
        issuerID != nil && ref.parentID == issuerID
    }
}
