import ArgumentParser
import Foundation
import Pipeline
import PostgresSink

/// `--postgres URL` and `--postgres-schema S` (batch and load).
struct PostgresOptions: ParsableArguments {
    @Option(name: .customLong("postgres"),
            help: ArgumentHelp("Load every record into PostgreSQL at this URL (postgresql://user@host:port/db); default: $HETONG_POSTGRES_URL.",
                               valueName: "url"))
    var url: String?

    @Option(name: .customLong("postgres-schema"),
            help: ArgumentHelp("PostgreSQL schema of the tables (created when missing).", valueName: "schema"))
    var schema = PostgresSink.defaultSchema

    /// The URL from the option or the environment, if any.
    var resolvedURL: String? {
        if let url { return url }
        let env = ProcessInfo.processInfo.environment["HETONG_POSTGRES_URL"]
        return env?.isEmpty == false ? env : nil
    }

    /// The PostgreSQL sink when a URL is given (connects and checks or creates the tables now).
    func sink() throws -> PostgresSink? {
        try resolvedURL.map { try PostgresSink(url: $0, schema: schema) }
    }
}
