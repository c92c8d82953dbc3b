package factcheck.rules.house

findings := set()
