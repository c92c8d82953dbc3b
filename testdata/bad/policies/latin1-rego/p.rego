package factcheck.rules.cafe

# café
findings := set()
