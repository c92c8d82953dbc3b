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
	contradicting := {e.claim |
		some e in object.get(lib.undetermined, lib.undetermined_key(a.source.id, c.kind), [])
		e.claim != c.id
		related(c, e)
	}
	count(contradicting) > 0
	f := lib.finding("overstatement", c, "overstates", sprintf(
		"attributes a %s finding to %s, which said it could not determine it (claim %s)",
		[c.kind, a.source.name, concat(", ", sort(contradicting))],
	), {
		"label": "overstated",
		"delta": lib.params.weights.overstatement,
		"suggestion": sprintf("attribute to %s only what it established; say that it could not determine the rest", [a.source.name]),
	})
}

related(c, entry) if c.id in entry.targets

related(c, entry) if {
	some s in entry.subjects
	s in c.subjects
}
