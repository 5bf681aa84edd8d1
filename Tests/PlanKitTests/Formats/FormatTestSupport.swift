import Foundation
import ZIPFoundation
@testable import PlanKit

/// Fixtures, tools and small file builders for the Word and PDF tests.
enum FormatTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/real")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    static let environment = ProcessInfo.processInfo.environment
    /// CI must run every test; elsewhere a test needing a missing tool is skipped.
    static let onCI = environment["CI"].map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false

    static func tool(_ name: String) -> String? {
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let canReadPDF = onCI || tool("pdftotext") != nil
    static let canConvert = onCI || tool("soffice") != nil
    static let canEncrypt = onCI || tool("qpdf") != nil

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a tool, failing the test (by throwing) when it does not finish in time or fails.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: TimeInterval = 180) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            throw ToolError.timedOut(executable)
        }
        return process.terminationStatus
    }

    enum ToolError: Error { case timedOut(String), missing(String) }

    /// A ZIP holding the given parts (path → text or bytes), deflated.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ToolError.missing("archive data") }
        return data
    }

    static let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A .docx from a body's XML (and optional numbering and footnotes parts).
    static func docx(body: String, numbering: String? = nil, footnotes: String? = nil, endnotes: String? = nil) throws -> Data {
        var parts: [(String, Data)] = [
            // The package's index and relationships: kehoach does not need them, LibreOffice does.
            ("[Content_Types].xml", Data(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").utf8)),
            ("_rels/.rels", Data(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>").utf8)),
            ("word/document.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(wordNamespace)><w:body>\(body)</w:body></w:document>".utf8)),
        ]
        if let numbering {
            parts.append(("word/numbering.xml", Data("<?xml version=\"1.0\"?><w:numbering \(wordNamespace)>\(numbering)</w:numbering>".utf8)))
        }
        if let footnotes {
            parts.append(("word/footnotes.xml", Data("<?xml version=\"1.0\"?><w:footnotes \(wordNamespace)>\(footnotes)</w:footnotes>".utf8)))
        }
        if let endnotes {
            parts.append(("word/endnotes.xml", Data("<?xml version=\"1.0\"?><w:endnotes \(wordNamespace)>\(endnotes)</w:endnotes>".utf8)))
        }
        return try zip(parts)
    }

    /// A one-page PDF: lines of text in Helvetica (WinAnsi bytes), or, with `image`, a picture and no text.
    static func pdf(lines: [String], image: Bool = false) -> Data {
        var content = Data()
        var resources = ""
        var extra: [Data] = []
        if image {
            content.append(Data("q 400 0 0 600 80 100 cm /Im1 Do Q\n".utf8))
            resources = "/XObject << /Im1 5 0 R >>"
            var imageObject = Data("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n".utf8)
            imageObject.append(contentsOf: [0x00, 0xFF, 0xFF, 0x00])
            imageObject.append(Data("\nendstream".utf8))
            extra.append(imageObject)
        } else {
            content.append(Data("BT /F1 11 Tf 60 780 Td 14 TL\n".utf8))
            for line in lines {
                content.append(Data("(".utf8))
                let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                content.append(escaped.data(using: .isoLatin1) ?? Data(escaped.utf8))
                content.append(Data(") Tj T*\n".utf8))
            }
            content.append(Data("ET\n".utf8))
            resources = "/Font << /F1 5 0 R >>"
            extra.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        }
        var contentObject = Data("<< /Length \(content.count) >>\nstream\n".utf8)
        contentObject.append(content)
        contentObject.append(Data("endstream".utf8))
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << \(resources) >> /Contents 4 0 R >>".utf8),
            contentObject,
        ] + extra
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n".utf8))
            out.append(object)
            out.append(Data("\nendobj\n".utf8))
        }
        let xref = out.count
        out.append(Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8))
        for offset in offsets { out.append(Data(String(format: "%010d 00000 n \n", offset).utf8)) }
        out.append(Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return out
    }
}
