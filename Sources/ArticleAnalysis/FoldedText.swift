/// A text as an in-article search compares it: its scalars in one `SearchFolding`, a run of
/// white space as one space and combining marks left out, with the way back to text offsets.
struct FoldedText: Sendable {
    /// The compared scalars.
    let units: [UInt32]
    /// Where the compared scalars stop following each other in the text (after a run of white
    /// space or a combining mark): the first compared index of each run, ascending.
    private let runStarts: [Int]
    /// The text offset of each run's first compared scalar.
    private let runOffsets: [Int]
    /// The number of scalars in the text.
    private let scalarCount: Int

    /// `text` compared in `folding`.
    init(_ text: String, folding: SearchFolding) {
        var units: [UInt32] = []
        units.reserveCapacity(text.utf8.count)
        var runStarts: [Int] = []
        var runOffsets: [Int] = []
        /// Folded values of the non-ASCII scalars met so far: folding one looks up Unicode data.
        var foldedScalars: [UInt32: UInt32] = [:]
        var offset = 0
        var nextOffset = -1
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let value: UInt32
            if scalar.value < 0x80 {
                let isSpace = scalar.value == 32 || (9...13).contains(scalar.value)
                if isSpace && previousWasSpace { continue }
                previousWasSpace = isSpace
                value = isSpace ? 32 : FoldedText.fold(ascii: scalar.value, folding)
            } else {
                let isSpace = scalar.properties.isWhitespace
                if isSpace && previousWasSpace { continue }
                previousWasSpace = isSpace
                // A decomposed accent belongs to the letter before it; matching skips it.
                if !isSpace && TextSearchIndex.isCombiningMark(scalar) { continue }
                if isSpace {
                    value = 32
                } else if let known = foldedScalars[scalar.value] {
                    value = known
                } else {
                    value = FoldedText.fold(scalar, folding)
                    foldedScalars[scalar.value] = value
                }
            }
            if offset != nextOffset {
                runStarts.append(units.count)
                runOffsets.append(offset)
            }
            nextOffset = offset + 1
            units.append(value)
        }
        self.units = units
        self.runStarts = runStarts
        self.runOffsets = runOffsets
        scalarCount = offset
    }

    /// The text offset of compared scalar `index` (the text's length for `units.count`).
    func offset(of index: Int) -> Int {
        guard index < units.count else { return scalarCount }
        var low = 0
        var high = runStarts.count
        while low < high {
            let middle = (low + high) / 2
            if runStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        let run = low - 1
        return runOffsets[run] + index - runStarts[run]
    }

    /// An ASCII scalar other than white space in `folding`.
    private static func fold(ascii value: UInt32, _ folding: SearchFolding) -> UInt32 {
        switch folding {
        case .exact, .unaccented: value
        case .caseFolded, .fullyFolded: (65...90).contains(value) ? value + 32 : value
        }
    }

    /// A scalar other than white space in `folding`.
    private static func fold(_ scalar: Unicode.Scalar, _ folding: SearchFolding) -> UInt32 {
        switch folding {
        case .exact: scalar.value
        case .unaccented: TextSearchIndex.base(of: scalar).value
        case .caseFolded: TextSearchIndex.lowercased(scalar).value
        case .fullyFolded: TextSearchIndex.base(of: TextSearchIndex.lowercased(scalar)).value
        }
    }
}
