import ContractModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a page without text puts any ink on paper, judged on a cheap low-resolution render.
///
/// One test covers every kind of empty page: a page with no content at all, a page whose only
/// drawing is white, and a scan of empty paper (an image of a nearly uniform gray with scanner
/// noise). The paper is the most common gray level of the render; a pixel is ink when it differs
/// from the paper by more than `contrast`. At `dpi` (36) a scanner's specks average away while a
/// line of 9 pt text still leaves dozens of ink pixels, so a page with fewer than `maxInkShare` of
/// its pixels inked holds nothing worth reading (OCR would find nothing either).
enum PageInk {
    /// Resolution of the test render: an A4 page is 298 × 421 pixels, rendered in well under a millisecond when empty.
    static let dpi = 36
    /// Gray levels between paper and ink.
    static let contrast = 48
    /// Share of the page's pixels that may differ from the paper on a blank page (dust, a scanner's edge).
    static let maxInkShare = 0.0002

    struct Measure: Equatable {
        /// The paper's gray level (0 black … 255 white).
        var paper: Int
        var inkPixels: Int
        var pixels: Int

        var isBlank: Bool { Double(inkPixels) <= PageInk.maxInkShare * Double(pixels) }
    }

    /// Measures a raster of any resolution: above `dpi` its luma is averaged over square blocks of
    /// about `dpi` (a 300 dpi OCR render in 8 × 8 blocks), so that the thresholds mean the same.
    static func measure(_ raster: PageRaster) -> Measure {
        let block = max(1, raster.dpi / dpi)
        let columns = (raster.width + block - 1) / block, rows = (raster.height + block - 1) / block
        if let paper = uniformLevel(raster) {
            return Measure(paper: paper, inkPixels: 0, pixels: columns * rows)
        }
        var sums = [Int](repeating: 0, count: columns * rows)
        var counts = [Int](repeating: 0, count: columns * rows)
        raster.bgra.withUnsafeBufferPointer { pixels in
            for y in 0..<raster.height {
                let row = y * raster.stride
                let out = (y / block) * columns
                for x in 0..<raster.width {
                    let i = row + x * 4
                    // ITU-R BT.601 luma in integers, as the OCR path computes it.
                    sums[out + x / block] += (Int(pixels[i + 2]) * 299 + Int(pixels[i + 1]) * 587 + Int(pixels[i]) * 114) / 1000
                    counts[out + x / block] += 1
                }
            }
        }
        var histogram = [Int](repeating: 0, count: 256)
        for index in sums.indices { histogram[sums[index] / counts[index]] += 1 }
        let paper = histogram.indices.max { histogram[$0] < histogram[$1] } ?? 255
        var ink = 0
        for level in histogram.indices where abs(level - paper) > contrast { ink += histogram[level] }
        return Measure(paper: paper, inkPixels: ink, pixels: columns * rows)
    }

    /// The gray level of a raster whose pixels are all the same (an empty page renders as one white),
    /// found with `memcmp` alone: every row equals the first, whose pixels all equal their neighbour.
    static func uniformLevel(_ raster: PageRaster) -> Int? {
        guard raster.width > 0, raster.height > 0 else { return 255 }
        let rowBytes = raster.width * 4
        return raster.bgra.withUnsafeBytes { bytes -> Int? in
            let base = bytes.baseAddress!
            if rowBytes > 4, memcmp(base, base + 4, rowBytes - 4) != 0 { return nil }
            for y in 1..<max(1, raster.height) where memcmp(base, base + y * raster.stride, rowBytes) != 0 { return nil }
            return (Int(bytes[2]) * 299 + Int(bytes[1]) * 587 + Int(bytes[0]) * 114) / 1000
        }
    }
}
