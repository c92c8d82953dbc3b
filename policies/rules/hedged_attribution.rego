# METADATA
# title: Hedged or vague attribution lowers confidence
# description: |
#   Hedges ("evidence suggests", "reportedly", "allegedly") signal that the writer does not stand
#   behind the claim or cannot say who does. Each hedge lowers confidence and is named.
# custom:
#   id: hedged-attribution
#   severity: warning
#   number: 8
package factcheck.rules.hedged_attribution

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	hedges := object.get(c, "hedges", [])
	count(hedges) > 0
	f := {
		"rule": "hedged-attribution", "claim": c.id, "effect": "lowers",
		"message": sprintf(
			"hedged wording: %s",
			[concat(", ", [sprintf("%q", [h]) | some h in hedges])],
		),
		"delta": lib.params.weights.hedge * count(hedges),
		"suggestion": "the evidence behind the hedge, attributed to a named source",
	}
}
