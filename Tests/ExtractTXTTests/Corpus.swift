import Foundation
import ContractModel

enum CorpusFile {
    static let hostile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/hostile")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: hostile.appendingPathComponent(name)))
    }
}

func errorCode(_ body: () throws -> Any) -> HetongError.Code? {
    do {
        _ = try body()
        return nil
    } catch let error as HetongError {
        return error.code
    } catch {
        return HetongError.Code("unexpected \(error)")
    }
}
