# METADATA
# title: A denial by the accused lowers confidence
# description: |
#   When a party the claim is about denies it, confidence drops. A claim denied directly and not
#   settled by an independent inspection is contested. When an independent inspection stands
#   against the denial, the drop is small and the reason says so. A denial of related
#   allegations in the same document (the accused denying "the allegations") also lowers
#   confidence in the evidence offered for them.
# custom:
#   id: denial-by-accused
#   severity: warning
#   number: 2
package factcheck.rules.denial_by_accused

import data.factcheck.lib

# Each body tests a cheap field of the claim before calling this: most claims have no denial.
accused_denials(c, ds) := [d | some d in ds; count(lib.accused_parties(c, d.source)) > 0; not d.independent]

deniers(ds) := concat(", ", sort({d.source.name | some d in ds}))

findings contains f if {
	some c in lib.claims
	count(c.direct_denials) > 0
	ds := accused_denials(c, c.direct_denials)
	count(ds) > 0
	count(c.inspections) == 0
	f := {
		"rule": "denial-by-accused", "claim": c.id, "effect": "contests",
		"message": sprintf(
			"denied by the accused (%s), and no independent inspection settles the dispute",
			[deniers(ds)],
		),
		"label": "contested",
		"delta": lib.params.weights.denial_by_accused,
		"suggestion": "an independent inspection or forensic analysis that could settle the dispute",
	}
}

findings contains f if {
	some c in lib.claims
	count(c.direct_denials) > 0
	ds := accused_denials(c, c.direct_denials)
	count(ds) > 0
	count(c.inspections) > 0
	f := {
		"rule": "denial-by-accused", "claim": c.id, "effect": "lowers",
		"message": sprintf(
			"denied by the accused (%s); the independent inspection by %s stands against the denial",
			[deniers(ds), lib.names(c.inspections)],
		),
		"delta": lib.params.weights.denial_against_inspection,
		"severity": "info",
	}
}

findings contains f if {
	some c in lib.claims
	summaries := c.related_denials
	count(summaries) > 0
	count(accused_denials(c, c.direct_denials)) == 0
	first := summaries[0]
	f := {
		"rule": "denial-by-accused", "claim": c.id, "effect": "lowers",
		"message": sprintf(
			"the accused (%s) denied related allegations (%s)%s",
			[concat(", ", sort({n | some s in summaries; some n in s.names})), lib.claim_refs(first.claims, first.first), against(c.inspections)],
		),
		"delta": related_delta(c.inspections),
		"severity": "info",
	}
}

against(inspections) := "" if count(inspections) == 0

else := sprintf("; the independent inspection by %s stands against the denial", [lib.names(inspections)])

related_delta(inspections) := lib.params.weights.denial_by_accused if count(inspections) == 0

else := lib.params.weights.denial_against_inspection
