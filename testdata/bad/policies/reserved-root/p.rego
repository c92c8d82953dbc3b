package factcheck

rules := {}
