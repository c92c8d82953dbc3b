# METADATA
# title: Claim whose only source is a party to the dispute
# description: |
#   An accusation (a source imputing an act or a wrong to another party) resting on one source
#   that is a party to the dispute, with no other source and no response of the accused that
#   answers it: a warning, an error in a headline. A party reporting its own act, results,
#   plans or position is not flagged: nobody knows those better, and the text says whose they
#   are; and where the accused answers the claim, the reader has both sides.
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
	count(c.responses) == 0
	count(c.direct_denials) == 0
	f := {
		"rule": "single-interested-source", "claim": c.id, "severity": severity(c),
		"message": sprintf("rests only on %s, a party to the dispute", [lib.names(c.supporting)]),
		"fix": "add a source with no stake in the dispute, or say that the claim is theirs alone",
	}
}

severity(c) := "error" if c.part == "headline"

else := "warning"

about_others(c) if {
	some a in c.attributions
	a.stance == "accuses"
}
