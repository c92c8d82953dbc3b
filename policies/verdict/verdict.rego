# METADATA
# title: Verdicts from findings
# description: |
#   Combines the findings of every package under data.factcheck.rules (the embedded rules and
#   any the user adds) into one verdict per claim: a label, a confidence, an Admiralty
#   credibility, an ICD 203 likelihood phrase, the reasons and the suggestions. All numbers come
#   from data.factcheck.params.
package factcheck.verdict

import data.factcheck.lib

params := lib.params

# Every finding of every rule package, including user packages added at load time.
findings := [f |
	some name
	some f in data.factcheck.rules[name].findings
]

# Findings grouped by claim. The inner comprehension is keyed on an outer variable, so OPA
# indexes it: grouping is linear in the number of findings.
findings_by_claim := {id: fs |
	some f in findings
	id := f.claim
	fs := [g | some g in findings; g.claim == id]
}

# The verdict for one claim, from its findings. Written as one function with plain
# expressions: helper calls cost more than the arithmetic, and this runs once per claim.
verdict(c, fs) := {
	"label": label,
	"confidence": confidence,
	"credibility": params.credibility[label],
	"likelihood": bands[count(bands) - 1],
	"reliability": min({upper(a.source.reliability) | some a in c.attributions} | {"F"}),
	"reasons": [{"rule": f.rule, "effect": f.effect, "message": f.message} | some f in fs],
	"suggestions": sort({f.suggestion | some f in fs; f.suggestion}),
	"interested": [a.interested | some a in c.attributions],
} if {
	# The starting confidence: the best reliability among the claim's sources.
	scores := [object.get(params.reliability_score, lower(a.source.reliability), params.reliability_score.f) | some a in c.attributions]
	base := max(array.concat(scores, [params.unattributed_base | count(scores) == 0]))

	raw := base + sum([f.delta | some f in fs; f.delta])
	capped := min({raw, min({1} | {f.cap | some f in fs; f.cap})})
	confidence := round(min({max({capped, 0}), 1}) * 100) / 100

	# A label a rule forces wins, strongest first; otherwise the graded label, kept at or
	# below the lowest ceiling.
	proposed := {f.label | some f in fs; f.label}
	graded := count([1 | some cut in [params.cutoffs.supported, params.cutoffs.confirmed]; confidence >= cut])
	ceiling := min({count(params.label_ladder) - 1} | {ladder_rank[f.ceiling] | some f in fs; f.ceiling})
	labels := array.concat(
		[l | some l in params.label_precedence; l in proposed],
		[params.label_ladder[min({graded, ceiling})]],
	)
	label := labels[0]
	bands := [b.phrase | some b in params.likelihood; confidence >= b.min]
}

# Position of each graded label on the ladder, weakest first.
ladder_rank := {l: i | some i, l in params.label_ladder}

# The decision: one verdict per claim id, and every finding for the document-level list.
report := {
	"verdicts": {c.id: verdict(c, object.get(findings_by_claim, c.id, [])) | some c in lib.claims},
	"findings": findings,
}
