// Tests for ExtractTXT go here.
