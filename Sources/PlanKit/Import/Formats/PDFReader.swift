import Foundation

/// A PDF's text, read through poppler and re-joined by `PDFLayout`. A PDF with no text layer (a scan)
/// and one whose text layer is garbled (an old 8-bit Vietnamese font read as Unicode) are refused:
/// either would give a plan of nothing or of noise.
public enum PDFReader {
    /// Below this many letters a page holds no text layer worth the name (a stamp, a page number).
    static let lettersPerPageFloor = 40
    /// A clean Vietnamese text has a few percent of words that are not syllables (names, loanwords).
    static let garbledShare = 0.35

    public static func text(ofFile path: String, runner: PDFTextRunner = PDFTextRunner()) throws -> String {
        let raw = try runner.text(ofFile: path)
        try check(raw)
        return PDFLayout.text(fromLayout: raw)
    }

    static func check(_ raw: String) throws {
        let pages = max(1, raw.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }.count)
        let letters = raw.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
        if letters < lettersPerPageFloor * pages / 2 || letters < lettersPerPageFloor { throw FormatError.pdfNoTextLayer }
        let census = VietnameseSyllable.census(raw)
        let counted = census.syllables + census.others
        if counted >= 30, Double(census.others) / Double(counted) > garbledShare {
            throw FormatError.pdfGarbledText(shareNotVietnamese: census.others * 100 / counted)
        }
    }
}
