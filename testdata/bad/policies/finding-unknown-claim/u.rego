package factcheck.rules.ghost

findings contains f if {
	f := {"rule": "ghost", "claim": "nope", "effect": "notes", "message": "m"}
}
