# METADATA
# title: Factual claim with no source
# description: |
#   A number, casualty count, accusation, finding or event stated with no source at all. Headlines
#   are left to overstated-headline: they carry their sources in the body.
# custom:
#   id: unattributed-claim
#   severity: warning
package factcheck.lint.rules.unattributed_claim

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	c.kind in lint.config.claim_kinds
	c.part != "headline"
	count(c.attributions) == 0
	f := {
		"rule": "unattributed-claim", "claim": c.id, "severity": severity(c.kind),
		"message": sprintf("states %s as fact with no source", [object.get(lib.params.kind_phrases, c.kind, "a claim")]),
		"fix": fix(c.kind),
	}
}

severity(kind) := "error" if kind in lint.config.strict_kinds

else := "warning"

fix(kind) := "name the source of the figures" if kind == "quantity"

else := "name who says so, and on what evidence"
