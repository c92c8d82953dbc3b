# METADATA
# title: Text must not attribute more than the source established
# description: |
#   When a source said it could not determine part of a matter (who launched, who is
#   responsible), a text that attributes that part to the same source is overstated. The
#   headline that says "monitors confirm" what the monitors said they could not determine is
#   the model case.
# custom:
#   id: overstatement
#   severity: error
#   number: 5
package factcheck.rules.overstatement

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	some a in c.supporting
	said := lib.undetermined[lib.undetermined_key(a.source.id, c.kind)]
	lib.other_claim(said, c.id)
	related(c, said)
	f := {
		"rule": "overstatement", "claim": c.id, "effect": "overstates",
		"message": sprintf(
			"attributes a %s finding to %s, which said it could not determine it (%s)",
			[c.kind, a.source.name, lib.claim_refs(said.claims, said.first)],
		),
		"label": "overstated",
		"delta": lib.params.weights.overstatement,
		"suggestion": sprintf("attribute to %s only what it established; say that it could not determine the rest", [a.source.name]),
	}
}

# The cannot-determine statements answer this claim, are about one of its subjects, or name no
# subject at all ("could not determine who fired the missile").
related(c, said) if c.id in said.targets

related(_, said) if said.general

related(c, said) if {
	some s in c.subjects
	s in said.subjects
}
