package factcheck.verdict

x := 1
