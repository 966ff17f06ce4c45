/// The sinks of a batch, in the order they receive each record. Add a sink here (one line) and the
/// batch feeds it; nothing else needs to know about it.
public enum StandardSinks {
    public static func make(outputDirectory: String) throws -> [any RecordSink] {
        [
            try JSONLSink(path: outputDirectory + "/contracts.jsonl"),
        ]
    }
}
