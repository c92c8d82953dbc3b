package factcheck.rules.corroboration_extra

findings := set()
