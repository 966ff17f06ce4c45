-- hetong record tables, layout version 2, hetong.sqlite (PRAGMA user_version).
-- Generated from the record description (Sources/ContractModel/RecordDescription.swift); do not edit.
-- Spans (page, start, "end") are Unicode scalar offsets into the `hetong extract` text.
-- Money: x (exact decimal) and x_fen (integer fen). record_json is the record as `hetong parse` prints it.

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  "schema_version" TEXT,
  "status" TEXT,
  "path" TEXT,
  "sha256" TEXT,
  "format" TEXT,
  "pages" INTEGER,
  "characters" INTEGER,
  "extractor" TEXT,
  "metadata_title" TEXT,
  "metadata_creation_date" TEXT,
  "title" TEXT,
  "contract_number" TEXT,
  "project_name" TEXT,
  "party_a_name" TEXT,
  "party_a_legal_representative" TEXT,
  "party_a_address" TEXT,
  "party_a_phone" TEXT,
  "party_b_name" TEXT,
  "party_b_legal_representative" TEXT,
  "party_b_address" TEXT,
  "party_b_phone" TEXT,
  "signing_date" TEXT,
  "signing_place" TEXT,
  "total_amount" TEXT,
  "total_amount_fen" INTEGER,
  "total_amount_currency" TEXT,
  "amount_excluding_tax" TEXT,
  "amount_excluding_tax_fen" INTEGER,
  "amount_excluding_tax_currency" TEXT,
  "tax_rate" TEXT,
  "tax_included" INTEGER,
  "bond_kind" TEXT,
  "bond_percent" TEXT,
  "bond_amount" TEXT,
  "bond_amount_fen" INTEGER,
  "bond_amount_currency" TEXT,
  "service_months" INTEGER,
  "service_days" INTEGER,
  "service_start" TEXT,
  "service_end" TEXT,
  "service_starts_at_signing" INTEGER,
  "service_text" TEXT,
  "error_code" TEXT,
  "error_message" TEXT,
  record_json TEXT NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS documents_path ON documents(path);

CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);

CREATE INDEX IF NOT EXISTS documents_status ON documents(status, error_code);

CREATE TABLE IF NOT EXISTS pages (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "page" INTEGER,
  "characters" INTEGER,
  "ocr" INTEGER,
  "ocr_engine" TEXT,
  "ocr_confidence" INTEGER
);

CREATE INDEX IF NOT EXISTS pages_document ON pages(document_id);

CREATE TABLE IF NOT EXISTS warnings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "code" TEXT,
  "page" INTEGER,
  "message" TEXT
);

CREATE INDEX IF NOT EXISTS warnings_document ON warnings(document_id);

CREATE TABLE IF NOT EXISTS total_amount_statements (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" TEXT,
  "value_fen" INTEGER,
  "currency" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER,
  "uppercase" TEXT,
  "uppercase_fen" INTEGER,
  "figures" TEXT,
  "figures_fen" INTEGER
);

CREATE INDEX IF NOT EXISTS total_amount_statements_document ON total_amount_statements(document_id);

CREATE TABLE IF NOT EXISTS installments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "sequence" INTEGER,
  "percent" TEXT,
  "amount" TEXT,
  "amount_fen" INTEGER,
  "amount_currency" TEXT,
  "condition" TEXT,
  "due_date" TEXT,
  "due_within_value" TEXT,
  "due_within_unit" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS installments_document ON installments(document_id);

CREATE TABLE IF NOT EXISTS penalties (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "party" TEXT,
  "trigger" TEXT,
  "rate" TEXT,
  "per" TEXT,
  "base" TEXT,
  "cap" TEXT,
  "fixed_amount" TEXT,
  "fixed_amount_fen" INTEGER,
  "fixed_amount_currency" TEXT,
  "grace_value" TEXT,
  "grace_unit" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS penalties_document ON penalties(document_id);

CREATE TABLE IF NOT EXISTS mention_amounts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" TEXT,
  "value_fen" INTEGER,
  "currency" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER,
  "uppercase" TEXT,
  "uppercase_fen" INTEGER,
  "figures" TEXT,
  "figures_fen" INTEGER
);

CREATE INDEX IF NOT EXISTS mention_amounts_document ON mention_amounts(document_id);

CREATE TABLE IF NOT EXISTS mention_percentages (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" TEXT,
  "text" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER,
  "comparison" TEXT
);

CREATE INDEX IF NOT EXISTS mention_percentages_document ON mention_percentages(document_id);

CREATE TABLE IF NOT EXISTS mention_dates (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" TEXT,
  "precision" TEXT,
  "text" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS mention_dates_document ON mention_dates(document_id);

CREATE TABLE IF NOT EXISTS mention_durations (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" TEXT,
  "unit" TEXT,
  "text" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS mention_durations_document ON mention_durations(document_id);

CREATE TABLE IF NOT EXISTS mention_date_ranges (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "start_date" TEXT,
  "end_date" TEXT,
  "text" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS mention_date_ranges_document ON mention_date_ranges(document_id);

CREATE TABLE IF NOT EXISTS mention_invalid (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "kind" TEXT,
  "text" TEXT,
  "reason" TEXT,
  "page" INTEGER,
  "start" INTEGER,
  "end" INTEGER
);

CREATE INDEX IF NOT EXISTS mention_invalid_document ON mention_invalid(document_id);

CREATE TABLE IF NOT EXISTS findings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "rule" TEXT,
  "severity" TEXT,
  "message" TEXT,
  "fields" TEXT,
  "spans" TEXT
);

CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);
