# METADATA
# title: Unknown sources are flagged, never dropped
# description: |
#   A source that is not in the registry is kept and flagged, so that an editor can identify it
#   or add it to the registry. When its words tell its kind ("a federal judge", "prosecutors")
#   it has the kind's grade and the flag is a note; otherwise it is graded F (reliability cannot
#   be judged) and lowers confidence.
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
	a.source.kind == "unknown"
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

findings contains f if {
	some c in lib.claims
	some a in c.attributions
	a.source.known == false
	a.source.kind != "unknown"
	f := {
		"rule": "unknown-source", "claim": c.id, "effect": "notes",
		"message": sprintf(
			"%q is not in the source registry: graded %s as a source of its kind (%s)",
			[a.source.name, a.source.reliability, a.source.kind],
		),
		"severity": "info",
		"suggestion": sprintf("identify %q and add it to the source registry with a reliability grade", [a.source.name]),
	}
}
