import Foundation
import PlanKit

/// The stored-plan decoder for tools outside the store (the fuzzer): bytes that may be anything.
public enum PlanCodecEntry {
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Plan { try PlanCodec.decode(bytes) }
    public static func encode(_ plan: Plan) -> [UInt8] { PlanCodec.encode(plan) }
}
