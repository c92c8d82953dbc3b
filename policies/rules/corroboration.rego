# METADATA
# title: Corroboration counts independent sources
# description: |
#   Each independent source group beyond the first raises confidence. Outlets relaying one
#   source, and sources of one group (a ministry and its government), are one source.
# custom:
#   id: corroboration
#   severity: info
#   number: 4
package factcheck.rules.corroboration

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	n := count(c.independent_groups)
	n >= 2
	f := {
		"rule": "corroboration", "claim": c.id, "effect": "raises",
		"message": sprintf(
			"corroborated by %d independent sources (%s)",
			[n, lib.names([a | some a in c.supporting; a.independent])],
		),
		"delta": min({lib.params.weights.corroboration_max, lib.params.weights.corroboration_per_source * (n - 1)}),
		"severity": "info",
	}
}

findings contains f if {
	some c in lib.claims
	reports := count(c.attributions)
	sources := count(c.groups)
	reports > sources
	f := {
		"rule": "corroboration", "claim": c.id, "effect": "notes",
		"message": sprintf(
			"%d reports trace back to %d source(s): relays of one source are one source",
			[reports, sources],
		),
		"severity": "info",
	}
}
