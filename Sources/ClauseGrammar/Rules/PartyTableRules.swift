import ContractModel

/// Parties and their details from tab-separated tables, three layouts seen in contracts:
/// - one column per party: `单位\t甲方名称\t乙方名称`, then `地址\t…\t…`, `电话\t…\t…`;
/// - label/value pairs side by side: `甲方\t名称\t乙方\t名称`, then `电话:\t…\t电话:\t…`;
/// - one row per party: `单位名称\t电话\t传真\t地址`, then `名称\t…\t…\t…`.
/// Only fills what label blocks left empty.
enum PartyTableRules {
    static let unitHeaders: Set<String> = ["单位", "单位名称", "名称", "当事人", "合同当事人"]
    static let leadScalars: Set<Unicode.Scalar> = Set(unitHeaders.compactMap(\.unicodeScalars.first))
        .union(PartyVocabulary.roleFirstScalars)

    static func apply(_ ctx: ParseContext, a: inout PartyRules.Found, b: inout PartyRules.Found) {
        let lines = ctx.lines
        var i = 0
        while i < lines.count {
            // Cheap filter before splitting: a short first cell starting like a unit header or a role.
            guard let tab = lines[i].first(where: { ctx.s[$0] == "\t" }), tab - lines[i].lowerBound <= 12,
                  let lead = ctx.trimmed(lines[i].lowerBound..<tab).first,
                  leadScalars.contains(ctx.s[lead].canonical) else { i += 1; continue }
            let cells = ctx.cells(of: lines[i])
            guard cells.count >= 3, cells[0].count <= 8 else { i += 1; continue }
            let head = labelKey(cells[0], ctx)
            if unitHeaders.contains(head), cells[1...].allSatisfy({ detail(of: $0, ctx) != nil || $0.isEmpty }) {
                i = rowsPerParty(header: cells, from: i + 1, ctx, &a, &b)
            } else if unitHeaders.contains(head), !cells[1].isEmpty, !cells[2].isEmpty {
                i = columnPerParty(names: cells, from: i + 1, ctx, &a, &b)
            } else if cells.count >= 4, PartyVocabulary.side(ofLabel: head) == .a,
                      PartyVocabulary.side(ofLabel: labelKey(cells[2], ctx)) == .b {
                i = pairedColumns(names: cells, from: i + 1, ctx, &a, &b)
            } else {
                i += 1
            }
        }
    }

    static func labelKey(_ r: Range<Int>, _ ctx: ParseContext) -> String {
        var k = ctx.key(r)
        while k.hasSuffix(":") { k.removeLast() }
        return k
    }

    static func detail(of cell: Range<Int>, _ ctx: ParseContext) -> PartyVocabulary.Detail? {
        PartyVocabulary.details[labelKey(cell, ctx)]
    }

    /// Which side a name cell is: the side whose known name it equals, else by column order.
    static func side(of cell: Range<Int>, column: Int, _ ctx: ParseContext, _ a: inout PartyRules.Found, _ b: inout PartyRules.Found) -> PartyVocabulary.Side? {
        let text = ctx.key(cell)
        if let n = a.name, n.value.filter({ !$0.isWhitespace }) == text { return .a }
        if let n = b.name, n.value.filter({ !$0.isWhitespace }) == text { return .b }
        if column == 0, a.name == nil, let v = PartyRules.name(cell, ctx) { a.name = v; return .a }
        if column == 1, b.name == nil, let v = PartyRules.name(cell, ctx) { b.name = v; return .b }
        return nil
    }

    static func columnPerParty(names: [Range<Int>], from start: Int, _ ctx: ParseContext,
                               _ a: inout PartyRules.Found, _ b: inout PartyRules.Found) -> Int {
        let sides = [side(of: names[1], column: 0, ctx, &a, &b), side(of: names[2], column: 1, ctx, &a, &b)]
        var i = start
        while i < ctx.lines.count {
            let cells = ctx.cells(of: ctx.lines[i])
            guard cells.count >= 2, let d = detail(of: cells[0], ctx) else { break }
            for (column, cell) in cells.dropFirst().prefix(2).enumerated() {
                guard let side = sides[column], let v = PartyRules.detailValue(d, cell, ctx) else { continue }
                if side == .a { a.merge(detail: d, v) } else { b.merge(detail: d, v) }
            }
            i += 1
        }
        return i
    }

    static func pairedColumns(names: [Range<Int>], from start: Int, _ ctx: ParseContext,
                              _ a: inout PartyRules.Found, _ b: inout PartyRules.Found) -> Int {
        if a.name == nil { a.name = PartyRules.name(names[1], ctx) }
        if b.name == nil { b.name = PartyRules.name(names[3], ctx) }
        var i = start
        while i < ctx.lines.count {
            let cells = ctx.cells(of: ctx.lines[i])
            guard cells.count >= 4 else { break }
            let left = detail(of: cells[0], ctx), right = detail(of: cells[2], ctx)
            guard left != nil || right != nil else { break }
            if let d = left, let v = PartyRules.detailValue(d, cells[1], ctx) { a.merge(detail: d, v) }
            if let d = right, let v = PartyRules.detailValue(d, cells[3], ctx) { b.merge(detail: d, v) }
            i += 1
        }
        return i
    }

    static func rowsPerParty(header: [Range<Int>], from start: Int, _ ctx: ParseContext,
                             _ a: inout PartyRules.Found, _ b: inout PartyRules.Found) -> Int {
        let columns = header.map { detail(of: $0, ctx) }
        var i = start
        var row = 0
        while i < ctx.lines.count {
            let cells = ctx.cells(of: ctx.lines[i])
            guard cells.count >= 2, !cells[0].isEmpty else { break }
            guard let side = side(of: cells[0], column: row, ctx, &a, &b) else { break }
            for (column, cell) in cells.enumerated().dropFirst() where column < columns.count {
                guard let d = columns[column], let v = PartyRules.detailValue(d, cell, ctx) else { continue }
                if side == .a { a.merge(detail: d, v) } else { b.merge(detail: d, v) }
            }
            row += 1
            i += 1
        }
        return i
    }
}
