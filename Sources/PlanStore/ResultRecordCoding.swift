import Foundation
import PlanKit

/// How a result or an agency's sections is kept in a store's `record_json` column, the same in every
/// backend: sorted keys, dates as milliseconds since 1970.
enum ResultRecordCoding {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A damaged record is an error that names the plan, as a damaged plan is.
    static func decode<T: Decodable>(_ json: String, planID: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do {
            return try decoder.decode(T.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalidPlan("\(planID): \(error)")
        }
    }
}
