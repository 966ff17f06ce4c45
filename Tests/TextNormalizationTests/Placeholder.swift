// Tests for TextNormalization go here.
