# METADATA
# title: Shared analysis of a document's claims
# description: |
#   The facts every rule reads, computed once per evaluation in two linear passes. Pass one
#   looks at each claim alone: who stands behind it, which sources are interested in it, which
#   inspected the evidence themselves. The cross-claim indexes (denials by claim and by party,
#   cannot-determine statements by source and kind, responses) are built from pass one. Pass
#   two attaches to each claim what the indexes say about it. Rules then read fields of
#   `claims`: no rule scans all claims for each claim, so cost per claim stays flat.
package factcheck.lib

params := data.factcheck.params

default disputes := {}

disputes := data.factcheck.registry.disputes

default gazetteer := {}

gazetteer := data.factcheck.gazetteer

# Every party of each dispute, whatever its side.
dispute_parties := {id: {p | some side in d.sides; some p in side} | some id, d in disputes}

# The parties with a stake in a claim: its subjects and every party of a dispute they are in.
# Computed per claim (a few set lookups) rather than as a party index, whose fixed cost per
# evaluation outweighed it on documents of under a few hundred claims.
stake(subjects) := {s | some s in subjects} | union({ps | some ps in dispute_parties; some s in subjects; s in ps})

default is_interested(_, _) := false

is_interested(source, stake_set) if {
	some a in source.affiliations
	a in stake_set
}

# A source whose kind has a stake in what it says about itself and its case (a company, a
# defendant's lawyer) is interested whatever the claim's subjects: a company speaking about its
# product is interested, a regulator ruling on the company is not.
is_interested(source, _) if source.kind in params.interested_kinds

default inspected(_) := false

inspected(attribution) if {
	some e in attribution.evidence
	e in params.inspection_evidence
}

# The sources that inspected the evidence themselves somewhere in the document: "investigators
# analysed samples and examined the remnants" in one sentence, "the watchdog said chlorine was
# used" in the next. A finding of what happened rests on its source's inspection wherever the
# article reports it; a claim of origin or responsibility only on an inspection reported with
# it, since monitors who examined debris may still not know who fired it.
inspecting_sources := {a.source.id |
	some c in input.claims
	some a in c.attributions
	a.stance in params.supporting_stances
	inspected(a)
}

default inspected_in_document(_, _) := false

inspected_in_document(attribution, _) if inspected(attribution)

inspected_in_document(attribution, false) if attribution.source.id in inspecting_sources

# Independent: a source whose standing can be judged (the registry knows it, or its words
# tell its kind: "a federal judge") with no stake.
default independent(_, _) := false

independent(source, interested) if {
	source.known == true
	interested == false
}

independent(source, interested) if {
	source.known == false
	source.kind != "unknown"
	interested == false
}

# An attribution with the facts every rule needs. Built as a literal: object.union would copy
# the whole attribution recursively, and this runs for every attribution of every claim.
enrich(a, stake_set, attribution_kind, home) := {
	"source": a.source,
	"cue": a.cue,
	"stance": a.stance,
	"evidence": a.evidence,
	"via": a.via,
	"mention": object.get(a, "mention", a.source.name),
	"interested": interested,
	"independent": independent(a.source, interested),
	"inspected": inspected_in_document(a, attribution_kind),
	"supporting": a.stance in params.supporting_stances,
	"group": a.source.group,
	"hops": count(a.via),
} if {
	interested := stake_of(a, stake_set, home)
}

# A state's institution reporting what happened at home, with no other party among the claim's
# subjects ("Kenya's health ministry said 14 people died of cholera"), has no side to take in
# it: its affiliation with the subject is no stake. Blame is different (params.stake_kinds: who
# did it, where it came from, whether it was lawful), and so is a denial.
stake_of(a, stake_set, home) := false if {
	count(home) > 0
	a.stance in params.supporting_stances
	not a.source.kind in params.interested_kinds
	count(home - {x | some x in a.source.affiliations}) == 0
} else := is_interested(a.source, stake_set)

# The subjects of a claim that can be a source's home ground: none for a claim of blame.
home_subjects(c) := set() if c.kind in params.stake_kinds

else := {s | some s in c.subjects}

# The analysed claims, in input order: each claim with what the rules need to know about it,
# including what the cross-claim indexes below say about it. Rules iterate this.
claims := [analyse(c) | some c in input.claims]

analyse(c) := {
	"id": c.id,
	"line": object.get(c, "line", 0),
	"text": c.text,
	"part": c.part,
	"kind": c.kind,
	"subjects": c.subjects,
	"hedges": c.hedges,
	"responds_to": c.responds_to,
	"attributions": attributions,
	"supporting": supporting,
	# The distinct source groups a claim leans on (relays of one source are one group).
	"groups": {a.group | some a in attributions},
	# The distinct independent groups that stand behind it.
	"independent_groups": {a.group | some a in supporting; a.independent},
	# Supporting sources with no stake that inspected the evidence themselves.
	"inspections": [a | some a in supporting; a.independent; a.inspected],
	"direct_denials": array.concat(object.get(denials_by_target, c.id, []), own_denials(c, attributions)),
	"related_denials": related_denials(c, supporting),
	"responses": object.get(responses_by_target, c.id, []),
} if {
	stake_set := stake(c.subjects)
	attribution_kind := c.kind in params.attribution_kinds
	home := home_subjects(c)
	attributions := [enrich(a, stake_set, attribution_kind, home) | some a in c.attributions]
	supporting := [a | some a in attributions; a.supporting]
}

is_attribution_kind(claim) if claim.kind in params.attribution_kinds

# Denials in the document, one record per denying source of a claim that answers others.
denials := [d |
	some c in input.claims
	count(c.responds_to) > 0
	not generic(c.text)
	some a in c.attributions
	a.stance == "denies"
	identified(a.source)
	interested := is_interested(a.source, stake(c.subjects))
	d := {
		"claim": c.id,
		"source": a.source,
		"independent": independent(a.source, interested),
		"inspected": inspected(a),
		"targets": c.responds_to,
	}
]

# A denial answers a claim only when its denier is identified (the registry knows it, or its
# words tell its kind) and it speaks of this case, not of a habit ("officials sometimes refute
# initial reports"): generic_markers are the words of habit.
identified(source) if source.known == true

identified(source) if source.kind != "unknown"

default generic(_) := false

generic(text) if {
	some w in split(lower(text), " ")
	trim(w, ",.;:") in params.generic_markers
}

# Denials by the claim they answer. The inner comprehension is keyed on the outer `target`, so
# OPA indexes it and the whole object is built in one pass.
denial_links := [{"target": t, "denial": d} | some d in denials; some t in d.targets]

denials_by_target := {target: ds |
	some link in denial_links
	target := link.target
	ds := [l.denial | some l in denial_links; l.target == target]
}

# A denying attribution on a claim that answers nothing is a self-contained dispute.
own_denials(c, attributions) := [] if count(c.responds_to) > 0

else := [] if generic(c.text)

else := [d |
	some a in attributions
	a.stance == "denies"
	d := {"claim": c.id, "source": a.source, "independent": a.independent, "inspected": a.inspected, "targets": []}
]

# Denials summarised by each party the denying source speaks for: a denial of "the
# allegations" also bears on the evidence offered for them elsewhere in the document.
party_denials := [{"party": p, "claim": d.claim, "name": d.source.name} |
	some d in denials
	some p in d.source.affiliations
]

denials_by_party := {party: summary |
	some party in {r.party | some r in party_denials}
	records := [r | some r in party_denials; r.party == party]
	ids := {r.claim | some r in records}
	summary := {"party": party, "names": {r.name | some r in records}, "claims": ids, "first": min(ids)}
}

# The denial summaries, by the accused among a claim's subjects, of allegations elsewhere.
# Only allegations of origin or responsibility draw them; a report that a source could not
# determine something, or denied it, alleges nothing.
related_denials(c, supporting) := [] if {
	not is_attribution_kind(c)
} else := [] if {
	count(supporting) == 0
	count(c.attributions) > 0
} else := [s |
	some party in c.subjects
	s := denials_by_party[party]
	other_claim(s, c.id)
]

# A summary that names a claim other than this one.
other_claim(summary, id) if not id in summary.claims

other_claim(summary, _) if count(summary.claims) > 1

# Every claim that answers another, by the claim it answers.
response_links := [{"target": t, "claim": c.id} | some c in input.claims; some t in c.responds_to]

responses_by_target := {target: ids |
	some link in response_links
	target := link.target
	ids := [l.claim | some l in response_links; l.target == target]
}

# What sources said they could not determine, summarised by undetermined_key(source, kind).
undetermined_records := [{"key": undetermined_key(a.source.id, c.kind), "claim": c.id, "subjects": c.subjects, "targets": c.responds_to} |
	some c in input.claims
	some a in c.attributions
	a.stance == "cannot-determine"
]

undetermined := {key: summary |
	some key in {r.key | some r in undetermined_records}
	records := [r | some r in undetermined_records; r.key == key]
	ids := {r.claim | some r in records}
	summary := {
		"claims": ids,
		"first": min(ids),
		"subjects": {s | some r in records; some s in r.subjects},
		"targets": {t | some r in records; some t in r.targets},
		"general": count([r | some r in records; count(r.subjects) == 0]) > 0,
	}
}

undetermined_key(source_id, kind) := concat(" ", [source_id, kind])

# Parties among a claim's subjects that `source` is affiliated with: the accused, when it denies.
accused_parties(claim, source) := {s | some s in claim.subjects; s in source.affiliations}

# A finding in the shape every rule returns. delta moves confidence; cap bounds it; label forces
# a label; ceiling keeps a graded label at or below one; suggestion names the evidence that would
# change the verdict. The built-in rules write the object literally instead: a call with object
# arguments and a union costs several times an object literal, and a finding is built per claim.
finding(rule, claim, effect, message, extra) := object.union(
	{"rule": rule, "claim": claim.id, "effect": effect, "message": message},
	extra,
)

names(attributions) := concat(", ", sort({a.source.name | some a in attributions}))

# "claim x" or "claim x and 3 others", in constant time whatever the number of claims.
claim_refs(ids, first) := sprintf("claim %s", [first]) if count(ids) == 1

else := sprintf("claims %s and one other", [first]) if count(ids) == 2

else := sprintf("claim %s and %d others", [first, count(ids) - 1])

# The readable name of a state or party id, from the gazetteer.
party_name(id) := object.get(gazetteer, [id, "name"], id)

party_names(ids) := concat(", ", sort({party_name(id) | some id in ids}))

round2(x) := round(x * 100) / 100
