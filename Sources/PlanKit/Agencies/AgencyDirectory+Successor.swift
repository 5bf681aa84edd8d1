extension AgencyDirectory {
    /// The agency that carries a reference's main functions on `date`, when that is another agency, and
    /// since when ("Sở Kế hoạch và Đầu tư" → "Sở Tài chính" from 01/03/2025). nil where nobody succeeded it.
    public func successor(of reference: AgencyRef, on date: CalendarDate) -> (agency: Agency, since: CalendarDate?)? {
        guard let id = reference.agencyID, let current = current(id, on: date), current.id != id else { return nil }
        let since = successions(of: id, on: date).first { $0.part == nil }?.from
        return (current, since)
    }
}
