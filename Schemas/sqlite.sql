-- hetong.sqlite schema version 1. Generated from Sources/Pipeline/Sinks/SQLiteSchema.swift.
-- Spans (page, start, "end") are Unicode scalar offsets into the `hetong extract` text.
-- Money: *_fen INTEGER exact; decimal strings as in the JSON. PRAGMA user_version = 1.

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  error_code TEXT,
  error_message TEXT,
  format TEXT,
  pages INTEGER,
  characters INTEGER,
  title TEXT,
  contract_number TEXT,
  project_name TEXT,
  party_a TEXT,
  party_b TEXT,
  signing_date TEXT,
  total_amount TEXT,
  total_amount_fen INTEGER,
  amount_excluding_tax TEXT,
  amount_excluding_tax_fen INTEGER,
  tax_rate TEXT,
  bond_kind TEXT,
  bond_percent TEXT,
  bond_amount_fen INTEGER,
  service_months INTEGER,
  service_start TEXT,
  service_end TEXT,
  error_findings INTEGER NOT NULL DEFAULT 0,
  warning_findings INTEGER NOT NULL DEFAULT 0,
  record_json TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);

CREATE INDEX IF NOT EXISTS documents_status ON documents(status, error_code);

CREATE TABLE IF NOT EXISTS parties (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('party_a', 'party_b')),
  name TEXT NOT NULL,
  legal_representative TEXT,
  address TEXT,
  phone TEXT,
  page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS parties_document ON parties(document_id);

CREATE INDEX IF NOT EXISTS parties_name ON parties(name);

CREATE TABLE IF NOT EXISTS installments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sequence INTEGER NOT NULL,
  percent TEXT,
  amount TEXT,
  amount_fen INTEGER,
  condition TEXT,
  due_date TEXT,
  due_within_value TEXT,
  due_within_unit TEXT,
  page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS installments_document ON installments(document_id);

CREATE TABLE IF NOT EXISTS penalties (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  party TEXT NOT NULL,
  trigger TEXT NOT NULL,
  rate TEXT,
  per TEXT,
  base TEXT,
  cap TEXT,
  fixed_amount_fen INTEGER,
  grace_value TEXT,
  grace_unit TEXT,
  page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS penalties_document ON penalties(document_id);

CREATE TABLE IF NOT EXISTS findings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  fields TEXT NOT NULL,
  page INTEGER, start INTEGER, "end" INTEGER
);

CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);

CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule, severity);

CREATE TABLE IF NOT EXISTS mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('money', 'percent', 'date', 'duration', 'invalid')),
  text TEXT NOT NULL,
  value TEXT,
  value_fen INTEGER,
  qualifier TEXT,
  page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id, kind);

CREATE TABLE IF NOT EXISTS warnings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  page INTEGER,
  message TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS warnings_document ON warnings(document_id);
