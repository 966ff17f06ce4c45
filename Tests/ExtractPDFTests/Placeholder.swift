// Tests for ExtractPDF go here.
