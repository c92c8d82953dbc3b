# METADATA
# title: A factual claim needs a source
# description: |
#   A factual claim (an event, a number, a finding, an accusation, or background stated as
#   fact) with no source at all is unattributed. Numbers and casualty counts are errors,
#   background is a note, other kinds are warnings.
# custom:
#   id: unattributed
#   severity: warning
#   number: 7
package factcheck.rules.unattributed

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	c.kind in lib.params.sourced_kinds
	count(c.attributions) == 0
	f := {
		"rule": "unattributed", "claim": c.id, "effect": "unattributed",
		"message": sprintf(
			"states %s as fact without naming any source",
			[object.get(lib.params.kind_phrases, c.kind, "a claim")],
		),
		"label": "unattributed",
		"severity": severity(c.kind),
		"suggestion": suggestion(c.kind),
	}
}

suggestion(kind) := "name the source of the figures" if kind == "quantity"

else := "name the source of this claim"

severity(kind) := "error" if {
	kind in lib.params.strict_kinds
} else := "info" if {
	kind == "background"
} else := "warning"
