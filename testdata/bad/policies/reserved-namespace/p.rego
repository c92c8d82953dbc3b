package factcheck.params

weights := {}
