// Benchmark placeholder: replaced by the module's owner.
enum NumbersBench {
    static func run(_ args: [String]) throws { print("NumbersBench: not implemented yet") }
}
