// Tests for ExtractDOCX go here.
