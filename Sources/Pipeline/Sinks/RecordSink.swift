import ContractModel

/// Where a batch's records go (ripgrep's `Sink`): `contracts.jsonl`, `hetong.sqlite`, `report.html`.
///
/// The contract a sink can rely on:
/// - `write` is called once per input document, **in the final order** (sorted by input path),
///   from one thread at a time, with documents already done in an earlier run (`--resume`) included;
///   so a sink always sees the complete, deterministic batch and never needs to de-duplicate.
/// - `text` is the document's normalized text (what every `Span` points into) when the sink asked
///   for it with `wantsText` and the document was extracted; nil for failed documents.
/// - `finish` is called once after the last record. A sink writes to a temporary file and renames
///   it into place in `finish`, so a killed batch leaves the previous output or none, never a torn one.
/// - A sink that throws stops the batch (the journal keeps every finished document for `--resume`).
public protocol RecordSink: AnyObject {
    /// File name of the output inside `--out`, for the summary (`contracts.jsonl`).
    var name: String { get }
    /// True to receive each document's normalized text (costs reading it back from the journal's store).
    var wantsText: Bool { get }
    func write(_ record: ContractRecord, text: DocumentText?) throws
    /// The same, with the record's JSON as `RecordJSONWriter` writes it (the journal's bytes in a
    /// batch): a sink that stores the JSON takes it from here rather than encoding the record again.
    func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws
    func finish() throws
}

extension RecordSink {
    public var wantsText: Bool { false }
    public func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws { try write(record, text: text) }
}
