package factcheck.rules.dice

findings contains f if {
	some c in input.claims
	rand.intn("x", 6) > 2
	f := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}
}
