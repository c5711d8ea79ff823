/// A map from strings to values that are only ever added, for the few keys of one article
/// (its speakers' names and keys): while they are few, a key is found by comparing it with
/// each in turn, which costs less than hashing it; past `linearLimit` keys, through a
/// dictionary, so that an article of thousands of speakers is not searched quadratically.
struct SmallStringMap<Value> {
    /// The most keys searched one by one.
    static var linearLimit: Int { 16 }

    private var entries: [(key: String, value: Value)] = []
    /// The position in `entries` of each key, once there are more than `linearLimit`.
    private var positions: [String: Int]?

    /// The value added under `key`, if any.
    subscript(key: String) -> Value? {
        if let positions { return positions[key].map { entries[$0].value } }
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// Adds `value` under `key`, which the map must not hold yet.
    mutating func add(_ value: Value, for key: String) {
        entries.append((key, value))
        if positions != nil {
            positions?[key] = entries.count - 1
        } else if entries.count > Self.linearLimit {
            positions = Dictionary(uniqueKeysWithValues: entries.indices.map { (entries[$0].key, $0) })
        }
    }
}
