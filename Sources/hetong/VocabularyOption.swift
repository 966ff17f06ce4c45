import ArgumentParser
import Foundation
import Pipeline

/// `--vocabulary FILE`, shared by `parse` and `batch`: words added to the built-in vocabulary for a
/// user's own template (format: `VocabularyFile`). Installed when the options are validated, before
/// any document is read; a batch hands the file to its workers through `HETONG_VOCABULARY`.
struct VocabularyOption: ParsableArguments {
    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp("A JSON file of words added to the built-in vocabulary, by concept (see README).", valueName: "file"))
    var vocabulary: String?

    func validate() throws {
        do {
            if let installed = try VocabularyFile.install(path: vocabulary) {
                setenv(VocabularyFile.environmentKey, installed, 1)
            }
        } catch {
            throw ValidationError(error.description)
        }
    }
}
