package factcheck.rules.corroboration

extra contains 1 if true
