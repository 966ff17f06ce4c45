// The object writers of `RecordJSONWriter`, keys in byte order (the order `.sortedKeys` gives the
// snake_case keys). One function per type of the record.
extension RecordJSONWriter {
    mutating func record(_ r: ContractRecord) {
        raw("{\"contract\":"); optional(r.contract) { $0.contract($1) }
        raw(",\"document\":"); document(r.document)
        raw(",\"error\":"); optional(r.error) { w, e in
            w.raw("{\"code\":"); w.string(e.code); w.raw(",\"message\":"); w.string(e.message); w.raw("}")
        }
        raw(",\"findings\":"); array(r.findings) { $0.finding($1) }
        raw(",\"mentions\":"); optional(r.mentions) { $0.mentions($1) }
        raw(",\"schema_version\":"); string(r.schemaVersion)
        raw(",\"status\":"); string(r.status.rawValue)
        raw("}")
    }

    mutating func document(_ d: ContractRecord.DocumentInfo) {
        raw("{\"characters\":"); int(d.characters)
        if let e = d.extractor { raw(",\"extractor\":"); string(e) }
        if let f = d.format { raw(",\"format\":"); string(f.rawValue) }
        if let m = d.metadata {
            raw(",\"metadata\":{")
            var first = true
            if let c = m.creationDate { raw("\"creation_date\":"); string(c); first = false }
            if let t = m.title { if !first { raw(",") }; raw("\"title\":"); string(t) }
            raw("}")
        }
        raw(",\"page_info\":"); array(d.pageInfo) { w, p in
            w.raw("{\"characters\":"); w.int(p.characters)
            w.raw(",\"ocr\":"); w.bool(p.ocr)
            if let c = p.ocrConfidence { w.raw(",\"ocr_confidence\":"); w.int(c) }
            if let e = p.ocrEngine { w.raw(",\"ocr_engine\":"); w.string(e) }
            w.raw(",\"page\":"); w.int(p.page)
            w.raw("}")
        }
        raw(",\"pages\":"); int(d.pages)
        raw(",\"path\":"); string(d.path)
        raw(",\"sha256\":"); string(d.sha256)
        raw(",\"warnings\":"); array(d.warnings) { w, x in
            w.raw("{\"code\":"); w.string(x.code.rawValue)
            w.raw(",\"message\":"); w.string(x.message)
            if let p = x.page { w.raw(",\"page\":"); w.int(p) }
            w.raw("}")
        }
        raw("}")
    }

    mutating func span(_ s: Span) {
        raw("{\"end\":"); int(s.end); raw(",\"page\":"); int(s.page); raw(",\"start\":"); int(s.start); raw("}")
    }

    mutating func text(_ t: TextValue) {
        raw("{\"span\":"); span(t.span); raw(",\"value\":"); string(t.value); raw("}")
    }

    mutating func reading(_ r: MoneyReading) {
        raw("{\"span\":"); span(r.span); raw(",\"text\":"); string(r.text); raw(",\"value\":"); string(r.value.description); raw("}")
    }

    mutating func money(_ m: MoneyValue) {
        raw("{\"currency\":"); string(m.currency)
        if let f = m.figures { raw(",\"figures\":"); reading(f) }
        raw(",\"span\":"); span(m.span)
        if let u = m.uppercase { raw(",\"uppercase\":"); reading(u) }
        raw(",\"value\":"); string(m.value.description)
        raw("}")
    }

    mutating func percent(_ p: PercentValue) {
        raw("{\"comparison\":"); string(p.comparison.rawValue)
        raw(",\"span\":"); span(p.span)
        raw(",\"text\":"); string(p.text)
        raw(",\"value\":"); string(p.value.description)
        raw("}")
    }

    mutating func date(_ d: DateValue) {
        raw("{\"precision\":"); string(d.precision.rawValue)
        raw(",\"span\":"); span(d.span)
        raw(",\"text\":"); string(d.text)
        raw(",\"value\":"); string(d.value.description)
        raw("}")
    }

    mutating func quantity(_ q: Quantity) {
        raw("{\"unit\":"); string(q.unit.rawValue); raw(",\"value\":"); string(q.value.description); raw("}")
    }

    mutating func mentions(_ m: Mentions) {
        raw("{\"amounts\":"); array(m.amounts) { $0.money($1) }
        raw(",\"date_ranges\":"); array(m.dateRanges) { w, r in
            w.raw("{\"end\":"); w.date(r.end)
            w.raw(",\"span\":"); w.span(r.span)
            w.raw(",\"start\":"); w.date(r.start)
            w.raw(",\"text\":"); w.string(r.text)
            w.raw("}")
        }
        raw(",\"dates\":"); array(m.dates) { $0.date($1) }
        raw(",\"durations\":"); array(m.durations) { w, d in
            w.raw("{\"span\":"); w.span(d.span)
            w.raw(",\"text\":"); w.string(d.text)
            w.raw(",\"unit\":"); w.string(d.unit.rawValue)
            w.raw(",\"value\":"); w.string(d.value.description)
            w.raw("}")
        }
        raw(",\"invalid\":"); array(m.invalid) { w, x in
            w.raw("{\"kind\":"); w.string(x.kind.rawValue)
            w.raw(",\"reason\":"); w.string(x.reason)
            w.raw(",\"span\":"); w.span(x.span)
            w.raw(",\"text\":"); w.string(x.text)
            w.raw("}")
        }
        raw(",\"percentages\":"); array(m.percentages) { $0.percent($1) }
        raw("}")
    }

    mutating func finding(_ f: Finding) {
        raw("{\"fields\":"); array(f.fields) { $0.string($1) }
        raw(",\"message\":"); string(f.message)
        raw(",\"rule\":"); string(f.rule)
        raw(",\"severity\":"); string(f.severity.rawValue)
        raw(",\"spans\":"); array(f.spans) { $0.span($1) }
        raw("}")
    }

    mutating func party(_ p: Party) {
        raw("{\"address\":"); optional(p.address) { $0.text($1) }
        raw(",\"legal_representative\":"); optional(p.legalRepresentative) { $0.text($1) }
        raw(",\"name\":"); text(p.name)
        raw(",\"phone\":"); optional(p.phone) { $0.text($1) }
        raw("}")
    }

    mutating func contract(_ c: Contract) {
        raw("{\"amount_excluding_tax\":"); optional(c.amountExcludingTax) { $0.money($1) }
        raw(",\"contract_number\":"); optional(c.contractNumber) { $0.text($1) }
        raw(",\"installments\":"); array(c.installments) { w, i in
            w.raw("{\"amount\":"); w.optional(i.amount) { $0.money($1) }
            w.raw(",\"condition\":"); w.optional(i.condition) { $0.text($1) }
            w.raw(",\"due_date\":"); w.optional(i.dueDate) { $0.date($1) }
            w.raw(",\"due_within\":"); w.optional(i.dueWithin) { $0.quantity($1) }
            w.raw(",\"percent\":"); w.optional(i.percent) { $0.percent($1) }
            w.raw(",\"sequence\":"); w.int(i.sequence)
            w.raw(",\"span\":"); w.span(i.span)
            w.raw("}")
        }
        raw(",\"party_a\":"); optional(c.partyA) { $0.party($1) }
        raw(",\"party_b\":"); optional(c.partyB) { $0.party($1) }
        raw(",\"penalties\":"); array(c.penalties) { w, p in
            w.raw("{\"base\":"); w.optional(p.base) { $0.string($1) }
            w.raw(",\"cap\":"); w.optional(p.cap) { $0.percent($1) }
            w.raw(",\"fixed_amount\":"); w.optional(p.fixedAmount) { $0.money($1) }
            w.raw(",\"grace\":"); w.optional(p.grace) { $0.quantity($1) }
            w.raw(",\"party\":"); w.string(p.party.rawValue)
            w.raw(",\"per\":"); w.optional(p.per) { $0.string($1.rawValue) }
            w.raw(",\"rate\":"); w.optional(p.rate) { $0.percent($1) }
            w.raw(",\"span\":"); w.span(p.span)
            w.raw(",\"trigger\":"); w.text(p.trigger)
            w.raw("}")
        }
        raw(",\"performance_bond\":"); optional(c.performanceBond) { w, b in
            w.raw("{\"amount\":"); w.optional(b.amount) { $0.money($1) }
            w.raw(",\"kind\":"); w.string(b.kind)
            w.raw(",\"percent\":"); w.optional(b.percent) { $0.percent($1) }
            w.raw(",\"span\":"); w.span(b.span)
            w.raw("}")
        }
        raw(",\"project_name\":"); optional(c.projectName) { $0.text($1) }
        raw(",\"service_period\":"); optional(c.servicePeriod) { w, s in
            w.raw("{\"days\":"); w.optional(s.days) { $0.int($1) }
            w.raw(",\"end\":"); w.optional(s.end) { $0.date($1) }
            w.raw(",\"months\":"); w.optional(s.months) { $0.int($1) }
            w.raw(",\"span\":"); w.span(s.span)
            w.raw(",\"start\":"); w.optional(s.start) { $0.date($1) }
            w.raw(",\"starts_at_signing\":"); w.bool(s.startsAtSigning)
            w.raw(",\"text\":"); w.string(s.text)
            w.raw("}")
        }
        raw(",\"signing_date\":"); optional(c.signingDate) { $0.date($1) }
        raw(",\"signing_place\":"); optional(c.signingPlace) { $0.text($1) }
        raw(",\"tax_included\":"); optional(c.taxIncluded) { $0.bool($1) }
        raw(",\"tax_rate\":"); optional(c.taxRate) { $0.percent($1) }
        raw(",\"title\":"); optional(c.title) { $0.text($1) }
        raw(",\"total_amount\":"); optional(c.totalAmount) { $0.money($1) }
        raw(",\"total_amount_statements\":"); array(c.totalAmountStatements) { $0.money($1) }
        raw("}")
    }
}
