// Tests for ClauseGrammar go here.
