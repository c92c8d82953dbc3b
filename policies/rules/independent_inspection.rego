# METADATA
# title: Attribution needs an independent inspection
# description: |
#   A claim about where something came from (provenance) or who did it (responsibility) is
#   confirmed only by a source with no stake in the dispute that inspected the evidence itself
#   (physical inspection or forensic analysis). Without one it can be supported, not confirmed.
#   When such a source contradicts the claim, the claim is refuted.
# custom:
#   id: independent-inspection
#   severity: warning
#   number: 1
package factcheck.rules.independent_inspection

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	inspections := c.inspections
	count(inspections) > 0
	lib.is_attribution_kind(c)
	f := {
		"rule": "independent-inspection", "claim": c.id, "effect": "raises",
		"message": sprintf(
			"%s, with no stake in the dispute, inspected the evidence itself (%s)",
			[lib.names(inspections), concat(", ", sort({e | some a in inspections; some e in a.evidence; e in lib.params.inspection_evidence}))],
		),
		"delta": lib.params.weights.independent_inspection,
		"severity": "info",
	}
}

findings contains f if {
	some c in lib.claims
	count(c.supporting) > 0
	count(c.inspections) == 0
	lib.is_attribution_kind(c)
	f := {
		"rule": "independent-inspection", "claim": c.id, "effect": "caps",
		"message": sprintf(
			"no independent source inspected the evidence: a %s claim resting on %s can be supported at best, not confirmed",
			[c.kind, lib.names(c.supporting)],
		),
		"ceiling": "supported",
		"suggestion": "an inspection of the physical evidence (debris, samples, documents) by a source with no stake in the dispute",
	}
}

findings contains f if {
	some c in lib.claims
	count(c.direct_denials) > 0
	refuters := [d | some d in c.direct_denials; d.independent; d.inspected]
	count(refuters) > 0
	f := {
		"rule": "independent-inspection", "claim": c.id, "effect": "refutes",
		"message": sprintf(
			"%s inspected the evidence itself, has no stake in the dispute, and contradicts the claim",
			[concat(", ", sort({d.source.name | some d in refuters}))],
		),
		"label": "refuted",
		"delta": lib.params.weights.refutation,
		"severity": "error",
	}
}
