import ReaderCore

extension Screen {
    /// The roles of the cells that show `text` in a row, for tests: `nil` when the
    /// row does not contain it.
    public func roles(of text: String, row: Int) -> [Role]? {
        var characters: [Character] = []
        var roles: [Role] = []
        for column in 0..<width where !self[row, column].isContinuation {
            characters.append(self[row, column].character)
            roles.append(self[row, column].role)
        }
        let needle = Array(text)
        guard !needle.isEmpty, needle.count <= characters.count else { return nil }
        for start in 0...(characters.count - needle.count)
        where Array(characters[start..<start + needle.count]) == needle {
            return Array(roles[start..<start + needle.count])
        }
        return nil
    }
}
