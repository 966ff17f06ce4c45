-- hetong record tables, layout version 2, PostgreSQL (table hetong_meta), in the schema of --postgres-schema.
-- Generated from the record description (Sources/ContractModel/RecordDescription.swift); do not edit.
-- Spans (page, start, "end") are Unicode scalar offsets into the `hetong extract` text.
-- Money: x (exact decimal) and x_fen (integer fen). record_json is the record as `hetong parse` prints it.

CREATE TABLE IF NOT EXISTS documents (
  id BIGSERIAL PRIMARY KEY,
  "schema_version" TEXT,
  "status" TEXT,
  "path" TEXT,
  "sha256" TEXT,
  "format" TEXT,
  "pages" BIGINT,
  "characters" BIGINT,
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
  "signing_date" DATE,
  "signing_place" TEXT,
  "total_amount" NUMERIC(20,2),
  "total_amount_fen" BIGINT,
  "total_amount_currency" TEXT,
  "amount_excluding_tax" NUMERIC(20,2),
  "amount_excluding_tax_fen" BIGINT,
  "amount_excluding_tax_currency" TEXT,
  "tax_rate" NUMERIC,
  "tax_included" BOOLEAN,
  "bond_kind" TEXT,
  "bond_percent" NUMERIC,
  "bond_amount" NUMERIC(20,2),
  "bond_amount_fen" BIGINT,
  "bond_amount_currency" TEXT,
  "service_months" BIGINT,
  "service_days" BIGINT,
  "service_start" DATE,
  "service_end" DATE,
  "service_starts_at_signing" BOOLEAN,
  "service_text" TEXT,
  "error_code" TEXT,
  "error_message" TEXT,
  record_json JSONB NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX IF NOT EXISTS documents_key ON documents(schema_version, (CASE WHEN sha256 <> '' THEN sha256 ELSE 'path:' || path END));

CREATE TABLE IF NOT EXISTS hetong_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);

CREATE INDEX IF NOT EXISTS documents_status ON documents(status, error_code);

CREATE TABLE IF NOT EXISTS pages (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "page" BIGINT,
  "characters" BIGINT,
  "ocr" BOOLEAN,
  "ocr_engine" TEXT,
  "ocr_confidence" BIGINT
);

CREATE INDEX IF NOT EXISTS pages_document ON pages(document_id);

CREATE TABLE IF NOT EXISTS warnings (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "code" TEXT,
  "page" BIGINT,
  "message" TEXT
);

CREATE INDEX IF NOT EXISTS warnings_document ON warnings(document_id);

CREATE TABLE IF NOT EXISTS total_amount_statements (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" NUMERIC(20,2),
  "value_fen" BIGINT,
  "currency" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT,
  "uppercase" NUMERIC(20,2),
  "uppercase_fen" BIGINT,
  "figures" NUMERIC(20,2),
  "figures_fen" BIGINT
);

CREATE INDEX IF NOT EXISTS total_amount_statements_document ON total_amount_statements(document_id);

CREATE TABLE IF NOT EXISTS installments (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "sequence" BIGINT,
  "percent" NUMERIC,
  "amount" NUMERIC(20,2),
  "amount_fen" BIGINT,
  "amount_currency" TEXT,
  "condition" TEXT,
  "due_date" DATE,
  "due_within_value" NUMERIC,
  "due_within_unit" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS installments_document ON installments(document_id);

CREATE TABLE IF NOT EXISTS penalties (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "party" TEXT,
  "trigger" TEXT,
  "rate" NUMERIC,
  "per" TEXT,
  "base" TEXT,
  "cap" NUMERIC,
  "fixed_amount" NUMERIC(20,2),
  "fixed_amount_fen" BIGINT,
  "fixed_amount_currency" TEXT,
  "grace_value" NUMERIC,
  "grace_unit" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS penalties_document ON penalties(document_id);

CREATE TABLE IF NOT EXISTS mention_amounts (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" NUMERIC(20,2),
  "value_fen" BIGINT,
  "currency" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT,
  "uppercase" NUMERIC(20,2),
  "uppercase_fen" BIGINT,
  "figures" NUMERIC(20,2),
  "figures_fen" BIGINT
);

CREATE INDEX IF NOT EXISTS mention_amounts_document ON mention_amounts(document_id);

CREATE TABLE IF NOT EXISTS mention_percentages (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" NUMERIC,
  "text" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT,
  "comparison" TEXT
);

CREATE INDEX IF NOT EXISTS mention_percentages_document ON mention_percentages(document_id);

CREATE TABLE IF NOT EXISTS mention_dates (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" DATE,
  "precision" TEXT,
  "text" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS mention_dates_document ON mention_dates(document_id);

CREATE TABLE IF NOT EXISTS mention_durations (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "value" NUMERIC,
  "unit" TEXT,
  "text" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS mention_durations_document ON mention_durations(document_id);

CREATE TABLE IF NOT EXISTS mention_date_ranges (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "start_date" DATE,
  "end_date" DATE,
  "text" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS mention_date_ranges_document ON mention_date_ranges(document_id);

CREATE TABLE IF NOT EXISTS mention_invalid (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "kind" TEXT,
  "text" TEXT,
  "reason" TEXT,
  "page" BIGINT,
  "start" BIGINT,
  "end" BIGINT
);

CREATE INDEX IF NOT EXISTS mention_invalid_document ON mention_invalid(document_id);

CREATE TABLE IF NOT EXISTS findings (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "rule" TEXT,
  "severity" TEXT,
  "message" TEXT,
  "fields" JSONB,
  "spans" JSONB
);

CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);
