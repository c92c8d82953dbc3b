package factcheck.rules.phone_home

findings contains f if {
	some c in input.claims
	resp := http.send({"method": "GET", "url": "https://example.invalid"})
	f := {"rule": "x", "claim": c.id, "effect": "notes", "message": "m", "params": {}}
}
