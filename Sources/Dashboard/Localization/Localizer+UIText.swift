/// The dashboard's catalogue said by the shared `Localizer`, by its case alone (`text(.columnTask)`).
extension Localizer {
    public func callAsFunction(_ text: UIText) -> String { text.text(language) }
}
