package factcheck.rules.hog

findings contains f if {
	some c in input.claims
	parts := [s | some i in numbers.range(1, 4000); s := sprintf("%0900000d", [i])]
	count(concat("", parts)) > 0
	f := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}
}
