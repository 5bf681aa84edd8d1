import PlanKit

/// What makes two references the same agency on screen: the directory's identifier where resolved,
/// else the canonical name.
public enum AgencyIdentity {
    public static func of(_ agency: AgencyRef) -> String { agency.agencyID ?? agency.canonical }
}
