#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CLibPQ
import Pipeline

/// One libpq connection; the only file that touches libpq. The connection is owned: `deinit`
/// closes it, every `PGresult` is cleared before the call returns. Not for use from two threads at once.
final class PostgresConnection {
    private let connection: OpaquePointer

    /// Connects to `url` (a `postgresql://` URL or a `key=value` connection string), within 10 s.
    init(url: String) throws {
        // connect_timeout bounds a server that does not answer; libpq takes it from the environment
        // when the URL does not set one.
        if getenv("PGCONNECT_TIMEOUT") == nil { setenv("PGCONNECT_TIMEOUT", "10", 0) }
        guard let connection = PQconnectdb(url) else { throw SinkError(sink: "postgres", message: "out of memory") }
        self.connection = connection
        guard PQstatus(connection) == CONNECTION_OK else {
            throw SinkError(sink: "postgres", message: "cannot connect to PostgreSQL: \(errorMessage)")
        }
        try execute("SET client_encoding TO 'UTF8'; SET standard_conforming_strings TO on; SET client_min_messages TO warning")
    }

    deinit { PQfinish(connection) }

    private var errorMessage: String {
        String(cString: PQerrorMessage(connection)).trimmingTrailingWhitespace
    }

    /// Runs one or more statements (the simple query protocol: one round trip; each BEGIN…COMMIT
    /// in the text is its own transaction). Throws with the server's message on the first error,
    /// after rolling back a transaction left open by it.
    func execute(_ sql: String) throws {
        _ = try query(sql)
    }

    /// The rows of the last statement of `sql`, each column as text (nil for NULL).
    @discardableResult
    func query(_ sql: String) throws -> [[String?]] {
        var rows: [[String?]] = []
        var failure: String?
        guard PQsendQuery(connection, sql) == 1 else {
            throw SinkError(sink: "postgres", message: "PostgreSQL: \(errorMessage)")
        }
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_TUPLES_OK:
                rows = []
                for row in 0..<PQntuples(result) {
                    rows.append((0..<PQnfields(result)).map { column in
                        PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                    })
                }
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                break
            default:
                if failure == nil {
                    failure = String(cString: PQresultErrorMessage(result)).trimmingTrailingWhitespace
                }
            }
        }
        if let failure {
            if PQtransactionStatus(connection) == PQTRANS_INERROR { _ = PQexec(connection, "ROLLBACK").map { PQclear($0) } }
            let lost = PQstatus(connection) != CONNECTION_OK ? " (connection lost)" : ""
            throw SinkError(sink: "postgres", message: "PostgreSQL refused the statement\(lost): \(failure)")
        }
        if PQstatus(connection) != CONNECTION_OK {
            throw SinkError(sink: "postgres", message: "PostgreSQL connection lost: \(errorMessage)")
        }
        return rows
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
