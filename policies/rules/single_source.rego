# METADATA
# title: A single source caps the verdict
# description: |
#   A claim with one source group behind it is capped: its confidence cannot exceed the
#   single-source cap, and unless that source inspected the evidence independently it is
#   supported at best.
# custom:
#   id: single-source
#   severity: info
#   number: 9
package factcheck.rules.single_source

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	count(c.groups) == 1
	f := object.union(
		{
			"rule": "single-source", "claim": c.id, "effect": "caps",
			"message": sprintf("rests on a single source (%s)", [lib.names(c.attributions)]),
			"cap": lib.params.caps.single_source,
			"severity": "info",
			"suggestion": "a second, independent source",
		},
		ceiling(c),
	)
}

ceiling(c) := {} if count(c.inspections) > 0

else := {"ceiling": "supported"}
