import Foundation
import ZIPFoundation

/// The smallest package the Word reader opens: one stored (uncompressed) `word/document.xml`, so the
/// fuzzer's mutations reach the XML parser and the walker as they are.
enum WordPackage {
    static func wrapping(documentXML xml: Data) -> Data? {
        guard let archive = try? Archive(data: Data(), accessMode: .create),
              (try? archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                                     compressionMethod: .none, provider: { position, size in
                                         xml.subdata(in: Int(position)..<Int(position) + size)
                                     })) != nil
        else { return nil }
        return archive.data
    }
}
