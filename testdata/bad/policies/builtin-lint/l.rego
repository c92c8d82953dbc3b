package factcheck.lint

extra := 1
