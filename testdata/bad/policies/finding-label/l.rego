package factcheck.rules.labeller

findings contains f if {
	some c in input.claims
	f := {"rule": "labeller", "claim": c.id, "effect": "forces", "message": "m", "label": "true"}
}
