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

# The starting confidence: the best reliability among the claim's sources.
base(c) := params.unattributed_base if count(c.attributions) == 0

else := max({score(a.source) | some a in c.attributions})

score(source) := object.get(params.reliability_score, lower(source.reliability), params.reliability_score.f)

clamp(x) := 0 if x < 0

else := 1 if x > 1

else := x

verdict(c, fs) := {
	"label": label,
	"confidence": confidence,
	"credibility": params.credibility[label],
	"likelihood": likelihood(confidence),
	"reliability": reliability(c),
	"reasons": [{"rule": f.rule, "effect": f.effect, "message": f.message} | some f in fs],
	"suggestions": sort({f.suggestion | some f in fs; f.suggestion}),
	"interested": [a.interested | some a in c.attributions],
} if {
	raw := base(c) + sum([f.delta | some f in fs; f.delta])
	cap := min({1} | {f.cap | some f in fs; f.cap})
	confidence := lib.round2(clamp(min({raw, cap})))
	label := choose_label(confidence, fs)
}

choose_label(confidence, fs) := forced[0] if {
	proposed := {f.label | some f in fs; f.label}
	forced := [l | some l in params.label_precedence; l in proposed]
	count(forced) > 0
} else := params.label_ladder[min({graded_rank(confidence), ceiling_rank(fs)})]

graded_rank(confidence) := 2 if confidence >= params.cutoffs.confirmed

else := 1 if confidence >= params.cutoffs.supported

else := 0

# Position of each graded label on the ladder, weakest first.
ladder_rank := {l: i | some i, l in params.label_ladder}

ceiling_rank(fs) := min({count(params.label_ladder) - 1} | {ladder_rank[f.ceiling] | some f in fs; f.ceiling})

likelihood(confidence) := phrase if {
	bands := [b | some b in params.likelihood; confidence >= b.min]
	phrase := bands[count(bands) - 1].phrase
}

# The Admiralty source-reliability grade behind the claim: the best grade among its sources,
# F when it has none.
reliability(c) := "F" if count(c.attributions) == 0

else := min({upper(a.source.reliability) | some a in c.attributions})

# The decision: one verdict per claim id, and every finding for the document-level list.
report := {
	"verdicts": {c.id: verdict(c, object.get(findings_by_claim, c.id, [])) | some c in lib.claims},
	"findings": findings,
}
