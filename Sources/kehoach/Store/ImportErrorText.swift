import Wording
import PlanKit

/// The importer's refusals in the user's language.
enum ImportErrorText {
    static func describe(_ error: ImportError, _ language: Language) -> String {
        switch error {
        case .empty:
            return language.pick(vi: "tệp trống", en: "the file is empty")
        case .tooLarge(let bytes, let limit):
            return language.pick(vi: "tệp nặng \(bytes / 1_000_000) MB; văn bản kế hoạch tối đa \(limit / 1_000_000) MB",
                                 en: error.description)
        case .notUTF8(let offset):
            return language.pick(vi: "tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí \(offset)); hãy lưu lại với mã UTF-8",
                                 en: error.description)
        case .binary(let offset):
            return language.pick(vi: "tệp có vẻ là tệp nhị phân, không phải văn bản (ký tự điều khiển ở byte \(offset))",
                                 en: error.description)
        case .notAPlan(let reason):
            return language.pick(vi: "đây không giống một kế hoạch: không tìm thấy mục tiêu (Mục tiêu) và nhiệm vụ (Nhiệm vụ)",
                                 en: "this does not look like a plan: \(reason)")
        }
    }

    static func describe(_ error: FormatError, _ language: Language) -> String {
        language.pick(vi: error.vietnamese, en: error.english)
    }
}
