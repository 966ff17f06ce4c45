import ContractModel

/// Colour page → 8-bit gray for OCR, dropping seal/stamp ink: Chinese contracts carry red (sometimes
/// blue) company seals over the signature block. A pixel whose red channel clearly dominates is seal
/// ink and becomes white, so the seal's ring and characters do not turn into OCR noise; black text
/// under a seal stays dark in every channel and is kept.
enum InkFilter {
    /// Minimum lead of red over green and blue for a pixel to count as seal ink.
    static let sealLead = 60
    /// Minimum red: darker reddish pixels are text seen through the seal and are kept.
    static let sealMinimumRed = 140

    static func grayDroppingSeals(_ raster: PageRaster) -> [UInt8] {
        var gray = [UInt8](repeating: 255, count: raster.width * raster.height)
        raster.bgra.withUnsafeBufferPointer { src in
            gray.withUnsafeMutableBufferPointer { dst in
                for y in 0..<raster.height {
                    let row = y * raster.stride
                    let out = y * raster.width
                    for x in 0..<raster.width {
                        let i = row + x * 4
                        let b = Int(src[i]), g = Int(src[i + 1]), r = Int(src[i + 2])
                        if r >= sealMinimumRed && r - g >= sealLead && r - b >= sealLead { continue } // seal ink → white
                        // ITU-R BT.601 luma in integers.
                        dst[out + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                    }
                }
            }
        }
        return gray
    }

    /// True when the page is (nearly) pure black and white, as a G4 scan renders: fewer than 2% of
    /// its non-white pixels are mid-grays (antialiased text has a third or more at glyph edges).
    static func isBilevel(_ gray: [UInt8]) -> Bool {
        var ink = 0, mid = 0
        for v in gray where v < 224 {
            ink += 1
            if v >= 32 { mid += 1 }
        }
        return ink > 0 && mid * 50 < ink
    }
}
