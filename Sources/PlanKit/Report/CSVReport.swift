/// The report as one CSV file for Excel: the heading lines, then each section as its title on a row
/// of its own, the table's header and rows, and an empty row between sections.
public enum CSVReport {
    public static func render(_ layout: ReportLayout) -> String {
        var records: [[String]] = [[layout.title]]
        records += layout.heading.map { [$0.label, $0.value] }
        for section in layout.sections {
            records.append([])
            records.append([section.title])
            records += section.paragraphs.map { [$0] }
            if let table = section.table { records += [table.headers] + table.rows }
        }
        return ExcelCSV.document(records)
    }
}
