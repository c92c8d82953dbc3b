# METADATA
# title: Headline or lede overstates its source
# description: |
#   The headline or lede attributes to a source more than the body says that source
#   established — "monitors confirm" what the monitors said they could not determine.
# custom:
#   id: overstated-headline
#   severity: error
package factcheck.lint.rules.overstated_headline

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	lint.is_top(c)
	lint.verdict_of(c).label == "overstated"
	some r in lint.verdict_of(c).reasons
	r.rule == "overstatement"
	f := {
		"rule": "overstated-headline", "claim": c.id, "severity": "error",
		"message": sprintf("the %s %s", [where(c), r.message]),
		"fix": "say only what the source established; the body says it could not determine the rest",
	}
}

where(c) := "headline" if c.part == "headline"

else := "lede"
