import ContractModel
import Foundation
import Testing

/// Inputs Scripts/fuzz found, each named after what it found, run through the built binary (a
/// crash kills only the child, so a bug not yet fixed is a known issue, not a dead test run).
@Suite struct FuzzRegressionTests {
    /// Every input must give a record (ok, or an error with its code) and exit 0 or 1, never a signal.
    static func parse(_ text: String) throws -> (status: Int32, record: ContractRecord?) {
        let directory = Fixtures.temporaryDirectory("fuzz")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/input.txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try HetongBinary.run(["parse", file], environment: ["SWIFT_BACKTRACE": "enable=no"])
        return (result.status, try? HetongJSON.decoder().decode(ContractRecord.self, from: result.stdout))
    }

    /// FuzzText (Scripts/fuzz, first 10^5 run): a total of 0.00 yuan beside a bond amount made
    /// bond_above_legal_limit build the ratio bond / total with a zero denominator (precondition in
    /// ConsistencyChecks' Ratio): `hetong parse` trapped, a batch would record `crashed`.
    @Test func bondBesideAZeroTotal() throws {
        let outcome = try Self.parse("合同总价：人民币0.00元。\n履约保证金：人民币1,000.00元。\n")
        #expect(outcome.status == 0 && outcome.record?.status == .ok, "exit \(outcome.status)")
    }
}
