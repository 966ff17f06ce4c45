// Benchmark placeholder: replaced by the module's owner.
enum NormalizeBench {
    static func run(_ args: [String]) throws { print("NormalizeBench: not implemented yet") }
}
