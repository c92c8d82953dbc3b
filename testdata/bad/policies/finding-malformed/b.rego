package factcheck.rules.badfinding

findings contains f if {
	some c in input.claims
	f := {"rule": 5, "claim": c.id, "effect": "x", "message": "m"}
}
