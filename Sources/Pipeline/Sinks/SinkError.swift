/// A sink that cannot take the records: its database is unreachable, refused the data or has
/// another layout. The batch stops; the journal keeps every finished document, so `--resume`
/// (or `hetong load` of contracts.jsonl) finishes the load. The CLI exits with its own status.
public struct SinkError: Error, Sendable, CustomStringConvertible {
    /// Which sink: `postgres`, `sqlite`.
    public var sink: String
    public var message: String
    public init(sink: String, message: String) {
        self.sink = sink
        self.message = message
    }
    public var description: String { message }
}
