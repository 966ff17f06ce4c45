"""The Parquet table of Scripts/spark-batch: the main columns of a hetong record (one JSON line) for SQL
engines and the whole record in `record`, computed by Spark SQL (in the JVM) from the written JSON lines."""

# The parts of a record the columns read (from_json skips the rest; an array of objects read as
# ARRAY<STRING> is only counted).
RECORD = ("status STRING, error STRUCT<code: STRING, message: STRING>, "
          "document STRUCT<sha256: STRING, path: STRING, format: STRING, pages: INT, characters: BIGINT, "
          "warnings: ARRAY<STRING>>, "
          "contract STRUCT<title: STRUCT<value: STRING>, contract_number: STRUCT<value: STRING>, "
          "party_a: STRUCT<name: STRUCT<value: STRING>>, party_b: STRUCT<name: STRUCT<value: STRING>>, "
          "signing_date: STRUCT<value: STRING>, total_amount: STRUCT<value: STRING, currency: STRING>, "
          "installments: ARRAY<STRING>, penalties: ARRAY<STRING>>, "
          "findings ARRAY<STRUCT<severity: STRING>>")

def count(array):
    return "CASE WHEN %s IS NULL THEN 0 ELSE size(%s) END" % (array, array)


# (column, SQL over `r`, the parsed record), in Parquet order; then `record`, the line itself.
COLUMNS = [
    ("sha256", "coalesce(r.document.sha256, '')"),
    ("path", "coalesce(r.document.path, '')"),
    ("status", "r.status"),
    ("error_code", "r.error.code"),
    ("error_message", "r.error.message"),
    ("format", "r.document.format"),
    ("pages", "r.document.pages"),
    ("characters", "r.document.characters"),
    ("title", "r.contract.title.value"),
    ("contract_number", "r.contract.contract_number.value"),
    ("party_a", "r.contract.party_a.name.value"),
    ("party_b", "r.contract.party_b.name.value"),
    ("signing_date", "r.contract.signing_date.value"),
    ("total_amount", "r.contract.total_amount.value"),
    # '4715000.00' -> 471500000 (exact; null when it is no number or too large)
    ("total_amount_fen", "try_cast(try_multiply(try_cast(r.contract.total_amount.value AS DECIMAL(38, 6)), 100) AS BIGINT)"),
    ("total_amount_currency", "r.contract.total_amount.currency"),
    ("installments", count("r.contract.installments")),
    ("penalties", count("r.contract.penalties")),
    ("findings", count("r.findings")),
    ("worst_finding", "CASE %s END" % " ".join("WHEN exists(r.findings, f -> f.severity = '%s') THEN '%s'" % (s, s)
                                                for s in ("error", "warning", "info"))),
    ("warnings", count("r.document.warnings")),
]


def table(spark, jsonl):
    """The Parquet table of the JSON lines under the folder `jsonl`."""
    from pyspark.sql.functions import from_json
    lines = spark.read.text(jsonl)
    parsed = lines.select(from_json("value", RECORD).alias("r"), "value")
    return parsed.selectExpr(*["%s AS %s" % (sql, name) for name, sql in COLUMNS] + ["value AS record"])
