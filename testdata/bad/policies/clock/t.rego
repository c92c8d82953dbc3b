package factcheck.rules.clock

findings contains f if {
	some c in input.claims
	time.now_ns() > 0
	f := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}
}
