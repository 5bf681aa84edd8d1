import Foundation
import ZIPFoundation

/// Writes an Office Open XML package (.docx, .xlsx): a ZIP of XML parts, `[Content_Types].xml` first as
/// readers expect, every part deflated, built in memory so a failure leaves no file behind.
enum OfficePackage {
    struct Failure: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot build the Office package: \(reason)" }
    }

    static func zip(_ parts: [(path: String, xml: String)]) throws -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(reason: "no archive data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "\(error)")
        }
    }

    /// One date for every entry, so the same report gives the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
}
