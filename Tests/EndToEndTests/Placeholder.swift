// Tests for EndToEnd go here.
