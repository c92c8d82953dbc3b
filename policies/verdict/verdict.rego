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
# expressions: this runs once per claim and is the largest part of a check's cost, so every
# comprehension, helper call and decimal operation here shows in the cost per claim (see
# docs/architecture.md#performance for what each costs).
verdict(c, fs) := {
	"label": label,
	"confidence": confidence,
	"credibility": params.credibility[label],
	"likelihood": bands[count(bands) - 1],
	"reliability": min(grades | {"F"}),
	"reasons": [object.filter(f, reason_fields) | some f in fs],
	"suggestions": sort({f.suggestion | some f in fs; f.suggestion}),
	"interested": [a.interested | some a in c.attributions],
} if {
	# The starting confidence: the best reliability among the claim's sources.
	grades := {upper(a.source.reliability) | some a in c.attributions}
	base := max({object.get(grade_score, g, params.reliability_score.f) | some g in grades} | {params.unattributed_base | count(grades) == 0})

	# Moved by every delta, held under every cap (and 1), and not below 0.
	bounded := min({1, base + sum([f.delta | some f in fs; f.delta])} | {f.cap | some f in fs; f.cap})
	confidence := round(max({bounded, 0}) * 100) / 100

	# A label a rule forces wins, strongest first; otherwise the graded label, kept at or
	# below the lowest ceiling.
	proposed := {f.label | some f in fs; f.label}
	ceiling := min({top_rank} | {ladder_rank[f.ceiling] | some f in fs; f.ceiling})
	labels := array.concat(
		[l | count(proposed) > 0; some l in params.label_precedence; l in proposed],
		[params.label_ladder[min({graded(confidence), ceiling})]],
	)
	label := labels[0]
	bands := [b.phrase | some b in params.likelihood; confidence >= b.min]
}

reason_fields := ["rule", "effect", "message"]

# The score of each Admiralty grade, keyed as the sources' grades are written.
grade_score := {upper(k): v | some k, v in params.reliability_score}

# The rank on the ladder the confidence reaches: 2 confirmed, 1 supported, 0 unverified.
graded(x) := 2 if x >= params.cutoffs.confirmed

else := 1 if x >= params.cutoffs.supported

else := 0

# Position of each graded label on the ladder, weakest first.
ladder_rank := {l: i | some i, l in params.label_ladder}

top_rank := count(params.label_ladder) - 1

# The decision: one verdict per claim id, and every finding for the document-level list.
report := {
	"verdicts": {c.id: verdict(c, object.get(findings_by_claim, c.id, [])) | some c in lib.claims},
	"findings": findings,
}
