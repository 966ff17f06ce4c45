// Benchmark placeholder: replaced by the module's owner.
enum ParseBench {
    static func run(_ args: [String]) throws { print("ParseBench: not implemented yet") }
}
