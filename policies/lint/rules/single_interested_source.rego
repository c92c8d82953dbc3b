# METADATA
# title: Claim whose only source is a party to the dispute
# description: |
#   A claim about who did what (an accusation, responsibility, origin or breach) resting on one
#   source that is a party to the dispute: a warning when the text attributes it, an error when
#   a headline states it. A party speaking of its own results, plans or position is not flagged:
#   nobody knows those better, and the text already says whose they are.
# custom:
#   id: single-interested-source
#   severity: warning
package factcheck.lint.rules.single_interested_source

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	about_others(c)
	count(c.supporting) > 0
	count(c.groups) == 1
	every a in c.supporting {
		a.interested
	}
	f := {
		"rule": "single-interested-source", "claim": c.id, "severity": severity(c),
		"message": sprintf("rests only on %s, a party to the dispute", [lib.names(c.supporting)]),
		"fix": "add a source with no stake in the dispute, or say that the claim is theirs alone",
	}
}

severity(c) := "error" if c.part == "headline"

else := "warning"

about_others(c) if c.kind in {"responsibility", "provenance", "legal"}

about_others(c) if {
	some a in c.attributions
	a.stance == "accuses"
}
