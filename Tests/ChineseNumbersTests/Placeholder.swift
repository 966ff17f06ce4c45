// Tests for ChineseNumbers go here.
