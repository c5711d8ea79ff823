extension Style {
    /// The style in words, as theme files write it: `fg yellow, bold` or `plain`.
    public var summary: String {
        var parts: [String] = []
        if foreground != .standard { parts.append("fg " + foreground.name) }
        if background != .standard { parts.append("bg " + background.name) }
        parts += TextAttributes.named.filter { attributes.contains($0.attribute) }.map(\.name)
        return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
    }
}
