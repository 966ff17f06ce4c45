import ArgumentParser
import ContractModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the `hetong parse` record (also Schemas/contract.schema.json).",
        discussion: ExitStatus.helpText)

    func run() throws {
        Output.write(ContractSchema.json.hasSuffix("\n") ? ContractSchema.json : ContractSchema.json + "\n")
    }
}
