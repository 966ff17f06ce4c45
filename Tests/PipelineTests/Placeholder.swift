// Tests for Pipeline go here.
