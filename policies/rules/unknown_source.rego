# METADATA
# title: Unknown sources are flagged, never dropped
# description: |
#   A source that is not in the registry is kept, graded F (reliability cannot be judged) and
#   flagged, so that an editor can identify it or add it to the registry.
# custom:
#   id: unknown-source
#   severity: warning
#   number: 11
package factcheck.rules.unknown_source

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	some a in c.attributions
	a.source.known == false
	f := {
		"rule": "unknown-source", "claim": c.id, "effect": "lowers",
		"message": sprintf(
			"%q is not in the source registry: its reliability cannot be judged (F)",
			[a.source.name],
		),
		"delta": lib.params.weights.unknown_source,
		"suggestion": sprintf("identify %q and add it to the source registry with a reliability grade", [a.source.name]),
	}
}
