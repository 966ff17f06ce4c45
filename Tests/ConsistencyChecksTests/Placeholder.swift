// Tests for ConsistencyChecks go here.
