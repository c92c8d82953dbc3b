package factcheck.rules.slow

findings contains f if {
	some c in input.claims
	n := count([x | some x in numbers.range(1, 100000000)])
	n > 0
	f := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}
}
