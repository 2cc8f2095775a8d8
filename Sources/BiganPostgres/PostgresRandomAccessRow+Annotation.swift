import PostgresNIO

extension PostgresRandomAccessRow {
    /// A snippet's `scope`, `function` and `facts` columns, from column `first` on.
    func annotationColumns(from first: Int) throws -> (scope: String?, function: String?, facts: String?) {
        (
            try self[first].decode(String?.self), try self[first + 1].decode(String?.self),
            try self[first + 2].decode(String?.self)
        )
    }
}
