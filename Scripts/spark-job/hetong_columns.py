"""A hetong record (one JSON line) as the Parquet row of Scripts/spark-batch: the main columns for SQL
engines, and the whole record in `record`."""
import json
from decimal import Decimal

SEVERITIES = ["info", "warning", "error"]

# (column, Spark SQL type) in Parquet order.
COLUMNS = [
    ("sha256", "string"), ("path", "string"), ("status", "string"), ("error_code", "string"),
    ("error_message", "string"), ("format", "string"), ("pages", "int"), ("characters", "long"),
    ("title", "string"), ("contract_number", "string"), ("party_a", "string"), ("party_b", "string"),
    ("signing_date", "string"), ("total_amount", "string"), ("total_amount_fen", "long"),
    ("installments", "int"), ("penalties", "int"), ("findings", "int"), ("worst_finding", "string"),
    ("warnings", "int"), ("record", "string"),
]
SCHEMA = ", ".join("%s %s" % column for column in COLUMNS)


def fen(amount):
    """'4715000.00' -> 471500000 (exact)."""
    return None if amount is None else int(Decimal(amount) * 100)


def value(field):
    """A field of the record is an object with its `value` (and span), or null."""
    return field.get("value") if isinstance(field, dict) else None


def row(line):
    record = json.loads(line)
    document = record.get("document") or {}
    contract = record.get("contract") or {}
    error = record.get("error") or {}
    findings = record.get("findings") or []
    worst = max((SEVERITIES.index(f["severity"]) for f in findings if f.get("severity") in SEVERITIES), default=None)
    total = value(contract.get("total_amount"))
    return (
        document.get("sha256", ""), document.get("path", ""), record.get("status"), error.get("code"),
        error.get("message"), document.get("format"), document.get("pages"), document.get("characters"),
        value(contract.get("title")), value(contract.get("contract_number")),
        value((contract.get("party_a") or {}).get("name")), value((contract.get("party_b") or {}).get("name")),
        value(contract.get("signing_date")), total, fen(total),
        len(contract.get("installments") or []), len(contract.get("penalties") or []), len(findings),
        None if worst is None else SEVERITIES[worst], len(document.get("warnings") or []), line,
    )
