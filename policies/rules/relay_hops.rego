# METADATA
# title: Relayed reporting costs a little per hop
# description: |
#   A claim known only through intermediaries ("according to Reuters", "seen by Reuters") loses a
#   little confidence per hop on its most direct path, because the primary document or
#   statement is not in hand.
# custom:
#   id: relay-hops
#   severity: info
#   number: 6
package factcheck.rules.relay_hops

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	count(c.attributions) > 0
	hops := min({a.hops | some a in c.attributions})
	hops > 0
	relays := concat(", ", sort({v.name | some a in c.attributions; a.hops == hops; some v in a.via}))
	f := {
		"rule": "relay-hops", "claim": c.id, "effect": "lowers",
		"message": sprintf(
			"known only at second hand, through %s (%d hop(s) from the source)",
			[relays, hops],
		),
		"delta": lib.params.weights.relay_hop * hops,
		"severity": "info",
		"suggestion": "the primary document or statement itself",
	}
}
