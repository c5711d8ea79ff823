extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, or `endIndex`, found by
    /// binary search: the collection must be ordered so that `isAfter` is false for every
    /// element before that one and true for every element from it on.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
