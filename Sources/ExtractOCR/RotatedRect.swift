/// A text box: a rectangle at any angle, its corners clockwise from the top-left one (as the
/// DB post-processing of PaddleOCR orders them), so `corners[0]→corners[1]` runs along a horizontal
/// line of text and `corners[0]→corners[3]` down across it.
struct RotatedRect: Sendable, Hashable {
    var corners: [Point]

    var width: Double { max((corners[1] - corners[0]).length, (corners[2] - corners[3]).length) }
    var height: Double { max((corners[3] - corners[0]).length, (corners[2] - corners[1]).length) }
    var center: Point { Point(x: corners.map(\.x).reduce(0, +) / 4, y: corners.map(\.y).reduce(0, +) / 4) }
    var minX: Double { corners.map(\.x).min()! }
    var maxX: Double { corners.map(\.x).max()! }
    var minY: Double { corners.map(\.y).min()! }
    var maxY: Double { corners.map(\.y).max()! }

    /// The smallest-area rectangle holding `points` (rotating calipers over their convex hull).
    static func minimumArea(of points: [Point]) -> (rect: RotatedRect, shortSide: Double)? {
        let hull = convexHull(points)
        guard hull.count >= 1 else { return nil }
        guard hull.count >= 3 else {
            let xs = hull.map(\.x), ys = hull.map(\.y)
            let r = RotatedRect.axisAligned(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)
            return (r, min(r.width, r.height))
        }
        var best: (area: Double, corners: [Point], sides: (Double, Double))?
        for i in hull.indices {
            let a = hull[i], b = hull[(i + 1) % hull.count]
            let edge = b - a
            let len = edge.length
            guard len > 0 else { continue }
            let ux = Point(x: edge.x / len, y: edge.y / len), uy = Point(x: -ux.y, y: ux.x)
            var minU = Double.infinity, maxU = -Double.infinity, minV = Double.infinity, maxV = -Double.infinity
            for p in hull {
                let d = p - a
                let u = d.x * ux.x + d.y * ux.y, v = d.x * uy.x + d.y * uy.y
                minU = min(minU, u); maxU = max(maxU, u); minV = min(minV, v); maxV = max(maxV, v)
            }
            let area = (maxU - minU) * (maxV - minV)
            if best == nil || area < best!.area {
                let corners = [a + ux * minU + uy * minV, a + ux * maxU + uy * minV, a + ux * maxU + uy * maxV, a + ux * minU + uy * maxV]
                best = (area, corners, (maxU - minU, maxV - minV))
            }
        }
        guard let best else { return nil }
        return (RotatedRect(clockwise: best.corners), min(best.sides.0, best.sides.1))
    }

    static func axisAligned(minX: Double, minY: Double, maxX: Double, maxY: Double) -> RotatedRect {
        RotatedRect(corners: [Point(x: minX, y: minY), Point(x: maxX, y: minY), Point(x: maxX, y: maxY), Point(x: minX, y: maxY)])
    }

    /// Orders four corners as PaddleOCR does: the two leftmost (by x) are top-left and bottom-left by
    /// y, the two rightmost top-right and bottom-right.
    init(clockwise points: [Point]) {
        let byX = points.sorted { $0.x < $1.x }
        let left = byX[0..<2].sorted { $0.y < $1.y }, right = byX[2..<4].sorted { $0.y < $1.y }
        corners = [left[0], right[0], right[1], left[1]]
    }

    init(corners: [Point]) { self.corners = corners }

    /// The rectangle grown by `distance` on every side (the offset of a rectangle by a round join has
    /// this rectangle as its smallest bounding rectangle).
    func expanded(by distance: Double) -> RotatedRect {
        let ux = unit(corners[1] - corners[0]), uy = unit(corners[3] - corners[0])
        return RotatedRect(corners: [
            corners[0] - ux * distance - uy * distance, corners[1] + ux * distance - uy * distance,
            corners[2] + ux * distance + uy * distance, corners[3] - ux * distance + uy * distance,
        ])
    }

    func scaled(x sx: Double, y sy: Double) -> RotatedRect {
        RotatedRect(corners: corners.map { Point(x: $0.x * sx, y: $0.y * sy) })
    }

    /// True when `p` lies in the rectangle (its edges included).
    func contains(_ p: Point) -> Bool {
        let ax = corners[1] - corners[0], ay = corners[3] - corners[0], d = p - corners[0]
        let u = (d.x * ax.x + d.y * ax.y) / max(1e-9, ax.x * ax.x + ax.y * ax.y)
        let v = (d.x * ay.x + d.y * ay.y) / max(1e-9, ay.x * ay.x + ay.y * ay.y)
        return u >= -1e-6 && u <= 1 + 1e-6 && v >= -1e-6 && v <= 1 + 1e-6
    }

    private func unit(_ p: Point) -> Point {
        let len = p.length
        return len > 0 ? Point(x: p.x / len, y: p.y / len) : Point(x: 0, y: 0)
    }
}

/// Andrew's monotone chain; the hull counter-clockwise in y-up terms, without repeated points.
func convexHull(_ points: [Point]) -> [Point] {
    let sorted = Set(points).sorted { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
    guard sorted.count > 2 else { return sorted }
    func cross(_ o: Point, _ a: Point, _ b: Point) -> Double { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
    var lower: [Point] = [], upper: [Point] = []
    for p in sorted {
        while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
        lower.append(p)
    }
    for p in sorted.reversed() {
        while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
        upper.append(p)
    }
    return Array(lower.dropLast() + upper.dropLast())
}
