// The JSON Schema (draft 2020-12) of the `hetong parse` record, as printed by `hetong schema`.
// A copy of Schemas/contract.schema.json, kept identical by ClauseGrammarTests/SchemaTests: edit
// the .json file, then paste it between the delimiters below.
public enum ContractSchema {
    public static let json: String = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://hetong.invalid/schemas/contract.schema.json",
  "title": "hetong contract record",
  "description": "One object printed by `hetong parse`, and one line of contracts.jsonl in a batch (schema_version 1). Keys are snake_case. Money values are decimal strings with two decimals (yuan), percentages and quantities are exact decimal strings, dates are ISO 8601 (\"2025-05-20\", \"2025-05\" or \"2025\" by precision). Every span is { page, start, end }: start inclusive, end exclusive, in Unicode scalar (code point) offsets into the normalized text that `hetong extract` prints, pages joined by a form feed; page is 1-based. A contract field absent from the document is null (or an empty array), never guessed. A record with status \"error\" has a null contract and mentions and carries error.code; its document keeps what was read before the failure (pages, page_info, warnings: a no_text record of blank pages still counts them, a timeout keeps the pages OCR had read), and is empty when nothing could be read.",
  "type": "object",
  "additionalProperties": false,
  "required": ["schema_version", "status", "document", "contract", "mentions", "findings", "error"],
  "properties": {
    "schema_version": { "const": "1", "description": "Changes when a field is renamed or changes meaning; adding optional fields does not." },
    "status": { "enum": ["ok", "error"] },
    "document": { "$ref": "#/$defs/Document" },
    "contract": { "oneOf": [{ "$ref": "#/$defs/Contract" }, { "type": "null" }] },
    "mentions": { "oneOf": [{ "$ref": "#/$defs/Mentions" }, { "type": "null" }] },
    "findings": { "type": "array", "items": { "$ref": "#/$defs/Finding" } },
    "error": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["code", "message"],
          "properties": {
            "code": { "type": "string", "description": "Stable English code: not_found, unreadable, empty_file, unsupported_format, encrypted, corrupt, poppler_data_missing, zip_bomb, unsafe_zip_entry, malformed_xml, forbidden_xml_entity, missing_main_part, undecodable_text, no_text, timeout, crashed, too_large, too_many_pages, internal_error, …" },
            "message": { "type": "string" }
          }
        },
        { "type": "null" }
      ]
    }
  },
  "$defs": {
    "Span": {
      "type": "object",
      "additionalProperties": false,
      "required": ["page", "start", "end"],
      "properties": {
        "page": { "type": "integer", "minimum": 1 },
        "start": { "type": "integer", "minimum": 0 },
        "end": { "type": "integer", "minimum": 0 }
      }
    },
    "Decimal": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "description": "An exact decimal number, trailing zeros removed: \"21.43\", \"0.5\", \"100\"." },
    "MoneyString": { "type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$", "description": "Yuan with exactly two decimals: \"4715000.00\"." },
    "ISODate": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
    "DurationUnit": { "enum": ["year", "month", "week", "day", "working_day", "hour", "minute"] },
    "Text": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "span"],
      "properties": { "value": { "type": "string" }, "span": { "$ref": "#/$defs/Span" } }
    },
    "MoneyReading": {
      "type": "object",
      "additionalProperties": false,
      "required": ["text", "value", "span"],
      "properties": {
        "text": { "type": "string", "description": "As written: 肆佰柒拾壹万伍仟元整, ¥4,715,000.00元." },
        "value": { "$ref": "#/$defs/MoneyString" },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "Money": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "currency", "span"],
      "description": "An amount, possibly written both in 大写 and in figures. value is the 大写 reading when both exist (authoritative in Chinese practice), else the only reading; a disagreement is kept and reported by the uppercase_figures_mismatch check.",
      "properties": {
        "value": { "$ref": "#/$defs/MoneyString" },
        "currency": { "type": "string", "description": "ISO 4217, CNY unless stated otherwise." },
        "span": { "$ref": "#/$defs/Span" },
        "uppercase": { "$ref": "#/$defs/MoneyReading", "description": "The 大写 reading; the key is absent when not written." },
        "figures": { "$ref": "#/$defs/MoneyReading", "description": "The reading in figures; the key is absent when not written." }
      }
    },
    "Percent": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "text", "span", "comparison"],
      "properties": {
        "value": { "$ref": "#/$defs/Decimal", "description": "In percent units: 5‰ → \"0.5\", 万分之五 → \"0.05\"." },
        "text": { "type": "string" },
        "span": { "$ref": "#/$defs/Span" },
        "comparison": {
          "enum": ["exact", "at_least", "at_most", "greater_than", "less_than", "approximately"],
          "description": "How the text qualifies it (≥99.9% is at_least); anything but exact is a bound, never a payment share."
        }
      }
    },
    "Date": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "precision", "text", "span"],
      "properties": {
        "value": { "$ref": "#/$defs/ISODate" },
        "precision": { "enum": ["day", "month", "year"] },
        "text": { "type": "string" },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "Quantity": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "unit"],
      "description": "A length of time: { \"value\": \"30\", \"unit\": \"working_day\" }.",
      "properties": { "value": { "$ref": "#/$defs/Decimal" }, "unit": { "$ref": "#/$defs/DurationUnit" } }
    },
    "Duration": {
      "type": "object",
      "additionalProperties": false,
      "required": ["value", "unit", "text", "span"],
      "properties": {
        "value": { "$ref": "#/$defs/Decimal" },
        "unit": { "$ref": "#/$defs/DurationUnit" },
        "text": { "type": "string" },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "DateRange": {
      "type": "object",
      "additionalProperties": false,
      "required": ["start", "end", "text", "span"],
      "properties": {
        "start": { "$ref": "#/$defs/Date" },
        "end": { "$ref": "#/$defs/Date" },
        "text": { "type": "string" },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "InvalidMention": {
      "type": "object",
      "additionalProperties": false,
      "required": ["kind", "text", "reason", "span"],
      "description": "Something that looks like a number but cannot be valued without guessing (壹佰佰元): reported, never given a value.",
      "properties": {
        "kind": { "enum": ["money", "percent", "date", "duration"] },
        "text": { "type": "string" },
        "reason": { "type": "string", "description": "Stable English reason code: repeated_unit, missing_zero, unit_order, dangling_unit, …" },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "Mentions": {
      "type": "object",
      "additionalProperties": false,
      "required": ["amounts", "percentages", "dates", "durations", "date_ranges", "invalid"],
      "description": "Every numeral mention the lexical grammar found, each list in text order.",
      "properties": {
        "amounts": { "type": "array", "items": { "$ref": "#/$defs/Money" } },
        "percentages": { "type": "array", "items": { "$ref": "#/$defs/Percent" } },
        "dates": { "type": "array", "items": { "$ref": "#/$defs/Date" } },
        "durations": { "type": "array", "items": { "$ref": "#/$defs/Duration" } },
        "date_ranges": { "type": "array", "items": { "$ref": "#/$defs/DateRange" } },
        "invalid": { "type": "array", "items": { "$ref": "#/$defs/InvalidMention" } }
      }
    },
    "Party": {
      "type": "object",
      "additionalProperties": false,
      "required": ["name", "legal_representative", "address", "phone"],
      "properties": {
        "name": { "$ref": "#/$defs/Text" },
        "legal_representative": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "address": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "phone": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] }
      }
    },
    "Installment": {
      "type": "object",
      "additionalProperties": false,
      "required": ["sequence", "percent", "amount", "condition", "due_date", "due_within", "span"],
      "description": "One payment of the chosen payment scheme (options not chosen are ignored).",
      "properties": {
        "sequence": { "type": "integer", "minimum": 1 },
        "percent": { "oneOf": [{ "$ref": "#/$defs/Percent" }, { "type": "null" }], "description": "Share of the total; null when the text states none (e.g. a cut-off clause)." },
        "amount": { "oneOf": [{ "$ref": "#/$defs/Money" }, { "type": "null" }] },
        "condition": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }], "description": "What triggers the payment, as written." },
        "due_date": { "oneOf": [{ "$ref": "#/$defs/Date" }, { "type": "null" }], "description": "A date the payment is due before (于2022年5月31日前)." },
        "due_within": { "oneOf": [{ "$ref": "#/$defs/Quantity" }, { "type": "null" }], "description": "A term after the condition (30个工作日内)." },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "PerformanceBond": {
      "type": "object",
      "additionalProperties": false,
      "required": ["kind", "percent", "amount", "span"],
      "properties": {
        "kind": { "type": "string", "description": "As the contract names it: 履约保函, 履约保证金, 履约担保, …" },
        "percent": { "oneOf": [{ "$ref": "#/$defs/Percent" }, { "type": "null" }] },
        "amount": { "oneOf": [{ "$ref": "#/$defs/Money" }, { "type": "null" }] },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "ServicePeriod": {
      "type": "object",
      "additionalProperties": false,
      "required": ["months", "days", "start", "end", "starts_at_signing", "text", "span"],
      "properties": {
        "months": { "type": ["integer", "null"], "description": "Stated in months or years (一年 → 12)." },
        "days": { "type": ["integer", "null"], "description": "Stated in days or weeks." },
        "start": { "oneOf": [{ "$ref": "#/$defs/Date" }, { "type": "null" }] },
        "end": { "oneOf": [{ "$ref": "#/$defs/Date" }, { "type": "null" }] },
        "starts_at_signing": { "type": "boolean", "description": "The period runs from the signing or entry into force of the contract." },
        "text": { "type": "string", "description": "The sentence that states the period." },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "Penalty": {
      "type": "object",
      "additionalProperties": false,
      "required": ["party", "trigger", "rate", "per", "base", "cap", "fixed_amount", "grace", "span"],
      "properties": {
        "party": { "enum": ["party_a", "party_b", "either"], "description": "Who pays." },
        "trigger": { "$ref": "#/$defs/Text", "description": "The breach, as written." },
        "rate": { "oneOf": [{ "$ref": "#/$defs/Percent" }, { "type": "null" }] },
        "per": { "oneOf": [{ "enum": ["day", "week", "month", "incident", "once"] }, { "type": "null" }] },
        "base": {
          "type": ["string", "null"],
          "description": "What the rate applies to: contract_total, overdue_amount, monthly_fee (total / months of service), service_fee, paid_amount."
        },
        "cap": { "oneOf": [{ "$ref": "#/$defs/Percent" }, { "type": "null" }], "description": "Upper bound of the accumulated penalty, as a percentage." },
        "fixed_amount": { "oneOf": [{ "$ref": "#/$defs/Money" }, { "type": "null" }], "description": "A penalty stated as a sum (1000 元的违约金)." },
        "grace": { "oneOf": [{ "$ref": "#/$defs/Quantity" }, { "type": "null" }], "description": "Delay before the penalty runs (15 个工作日的宽限期)." },
        "span": { "$ref": "#/$defs/Span" }
      }
    },
    "Contract": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title", "contract_number", "project_name", "party_a", "party_b", "signing_date", "signing_place",
        "total_amount", "total_amount_statements", "amount_excluding_tax", "tax_rate", "tax_included",
        "installments", "performance_bond", "service_period", "penalties"
      ],
      "properties": {
        "title": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "contract_number": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "project_name": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "party_a": { "oneOf": [{ "$ref": "#/$defs/Party" }, { "type": "null" }], "description": "甲方 (buyer, 委托人, 采购人)." },
        "party_b": { "oneOf": [{ "$ref": "#/$defs/Party" }, { "type": "null" }], "description": "乙方 (supplier, 被委托人, 供应商)." },
        "signing_date": { "oneOf": [{ "$ref": "#/$defs/Date" }, { "type": "null" }] },
        "signing_place": { "oneOf": [{ "$ref": "#/$defs/Text" }, { "type": "null" }] },
        "total_amount": { "oneOf": [{ "$ref": "#/$defs/Money" }, { "type": "null" }], "description": "The first statement of the contract total." },
        "total_amount_statements": {
          "type": "array", "items": { "$ref": "#/$defs/Money" },
          "description": "Every other statement of the total in the document (award notice, signature table), for the total_amount_conflict check."
        },
        "amount_excluding_tax": { "oneOf": [{ "$ref": "#/$defs/Money" }, { "type": "null" }] },
        "tax_rate": { "oneOf": [{ "$ref": "#/$defs/Percent" }, { "type": "null" }] },
        "tax_included": { "type": ["boolean", "null"], "description": "True when the text says the total includes tax (含税), false when it says it does not; null when unstated." },
        "installments": { "type": "array", "items": { "$ref": "#/$defs/Installment" } },
        "performance_bond": { "oneOf": [{ "$ref": "#/$defs/PerformanceBond" }, { "type": "null" }] },
        "service_period": { "oneOf": [{ "$ref": "#/$defs/ServicePeriod" }, { "type": "null" }] },
        "penalties": { "type": "array", "items": { "$ref": "#/$defs/Penalty" } }
      }
    },
    "Finding": {
      "type": "object",
      "additionalProperties": false,
      "required": ["rule", "severity", "message", "fields", "spans"],
      "properties": {
        "rule": { "type": "string", "description": "Stable English rule id: installment_percent_sum, total_amount_conflict, uppercase_figures_mismatch, …" },
        "severity": { "enum": ["info", "warning", "error"] },
        "message": { "type": "string", "description": "Chinese message for reviewers, with the figures that disagree." },
        "fields": { "type": "array", "items": { "type": "string" }, "description": "JSON paths of the fields involved: contract.installments[1].amount." },
        "spans": { "type": "array", "items": { "$ref": "#/$defs/Span" } }
      }
    },
    "PageInfo": {
      "type": "object",
      "additionalProperties": false,
      "required": ["page", "characters", "ocr"],
      "properties": {
        "page": { "type": "integer", "minimum": 1 },
        "characters": { "type": "integer", "minimum": 0 },
        "ocr": { "type": "boolean" },
        "ocr_engine": { "type": "string" },
        "ocr_confidence": { "type": "integer", "minimum": 0, "maximum": 100 }
      }
    },
    "Warning": {
      "type": "object",
      "additionalProperties": false,
      "required": ["code", "message"],
      "properties": {
        "code": { "type": "string", "description": "no_text_layer, blank_page (first page of a run of pages without ink, not OCR'd), garbled_text, skipped_content, tracked_changes_resolved, legacy_encoding, ocr_used, ocr_repair, extraction_gap, …" },
        "page": { "type": "integer", "minimum": 1 },
        "message": { "type": "string" }
      }
    },
    "Document": {
      "type": "object",
      "additionalProperties": false,
      "required": ["path", "sha256", "pages", "characters", "page_info", "warnings"],
      "properties": {
        "path": { "type": "string" },
        "sha256": { "type": "string", "description": "Hex SHA-256 of the input file (empty when not known, e.g. stdin before hashing)." },
        "format": { "enum": ["pdf", "docx", "txt"], "description": "Absent when the format could not be determined." },
        "pages": { "type": "integer", "minimum": 0 },
        "characters": { "type": "integer", "minimum": 0, "description": "Unicode scalars of the normalized text." },
        "extractor": { "type": "string", "description": "Extractor name and version, e.g. poppler-glib 22.12.0." },
        "metadata": {
          "type": "object",
          "additionalProperties": false,
          "properties": { "title": { "type": "string" }, "creation_date": { "type": "string" } }
        },
        "page_info": { "type": "array", "items": { "$ref": "#/$defs/PageInfo" } },
        "warnings": { "type": "array", "items": { "$ref": "#/$defs/Warning" } }
      }
    }
  }
}

"""#
}
