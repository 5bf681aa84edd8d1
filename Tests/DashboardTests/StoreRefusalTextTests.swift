import Testing
import PlanKit
import PlanStore
@testable import Dashboard

/// What a shared store's refusals say, in both languages.
@Suite struct StoreRefusalTextTests {
    let error = StoreError.notYourTask(key: StatusKey(taskCode: "1.1"), owners: ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"])

    @Test func anotherAgencysTaskNamesItsOwners() {
        #expect(StoreErrorText.describe(error, .en)
                == "this task belongs to Sở Kế hoạch và Đầu tư, Sở Tài chính (task 1.1); nothing was written")
        #expect(StoreErrorText.describe(error, .vi)
                == "nhiệm vụ 1.1 thuộc về Sở Kế hoạch và Đầu tư, Sở Tài chính; không có gì được ghi")
    }

    @Test func aRefusalOfTheServerSaysNothingWasWritten() {
        let refused = StoreError.notPermitted(reason: "permission denied for table plan")
        #expect(StoreErrorText.describe(refused, .en).contains("permission denied for table plan"))
        #expect(StoreErrorText.describe(refused, .vi).hasSuffix("không có gì được ghi"))
    }

    @Test func aRepeatedTaskCodeIsNamedWithItsLine() {
        let repeated = StoreError.duplicateTaskCode(code: "II.3", line: 41)
        #expect(StoreErrorText.describe(repeated, .vi)
                == "kế hoạch không lưu được: mã nhiệm vụ II.3 xuất hiện hai lần (dòng 41); không có gì được ghi")
        #expect(StoreErrorText.describe(repeated, .en)
                == "the plan cannot be stored: task code II.3 appears twice (line 41); nothing was written")
    }
}
