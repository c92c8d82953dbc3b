package factcheck.lint.rules.vague_attribution

extra := 1
