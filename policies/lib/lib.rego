# METADATA
# title: Shared analysis of a document's claims
# description: |
#   One linear pass over input.claims that every rule reads: for each claim, who stands behind it,
#   which sources are interested in it, which inspected the evidence themselves, and which
#   denials answer it. Cross-claim context (denials, cannot-determine statements) is indexed once
#   per evaluation, so no rule has to scan all claims for each claim.
package factcheck.lib

params := data.factcheck.params

default disputes := {}

disputes := data.factcheck.registry.disputes

# Every party that has a stake wherever `party` is involved: the party itself and everyone on
# any side of a dispute it is part of.
stakeholders := {party: others |
	some d in disputes
	some side in d.sides
	some party in side
	others := {o |
		some d2 in disputes
		party_in_dispute(d2, party)
		some side2 in d2.sides
		some o in side2
	}
}

party_in_dispute(d, party) if {
	some side in d.sides
	party in side
}

# The parties with a stake in a claim: its subjects and everyone in their disputes.
stake(claim) := {p | some p in claim.subjects} | {p |
	some s in claim.subjects
	some p in object.get(stakeholders, s, set())
}

default is_interested(_, _) := false

is_interested(source, stake_set) if {
	some a in source.affiliations
	a in stake_set
}

default inspected(_) := false

inspected(attribution) if {
	some e in attribution.evidence
	e in params.inspection_evidence
}

# Independent: a source the registry knows (its standing can be judged) with no stake.
default independent(_, _) := false

independent(source, interested) if {
	source.known == true
	interested == false
}

# An attribution with the facts every rule needs, computed once.
enrich(attribution, stake_set) := object.union(attribution, {
	"interested": interested,
	"independent": independent(attribution.source, interested),
	"inspected": inspected(attribution),
	"supporting": attribution.stance in params.supporting_stances,
	"group": object.get(attribution.source, "group", attribution.source.id),
	"hops": count(object.get(attribution, "via", [])),
}) if {
	interested := is_interested(attribution.source, stake_set)
}

# The analysed claims, by position. Rules iterate this, not input.claims.
claims := [analyse(c) | some c in input.claims]

analyse(c) := object.union(c, {
	"attributions": attributions,
	"supporting": [a | some a in attributions; a.supporting],
	"stake": stake_set,
}) if {
	stake_set := stake(c)
	attributions := [enrich(a, stake_set) | some a in object.get(c, "attributions", [])]
}

# The distinct source groups a claim leans on (two outlets relaying one source are one group).
groups(claim) := {a.group | some a in claim.attributions}

# The distinct independent source groups that stand behind a claim.
independent_groups(claim) := {a.group | some a in claim.supporting; a.independent}

# Supporting attributions from independent sources that inspected the evidence themselves.
independent_inspections(claim) := [a | some a in claim.supporting; a.independent; a.inspected]

is_attribution_kind(claim) if claim.kind in params.attribution_kinds

# Denials in the document, one record per denying source and answered claim.
denials := [d |
	some c in claims
	some a in c.attributions
	a.stance == "denies"
	d := {
		"claim": c.id,
		"source": a.source,
		"independent": a.independent,
		"inspected": a.inspected,
		"targets": object.get(c, "responds_to", []),
	}
]

# Denials by party: a denier speaks for the parties its source is affiliated with.
denials_by_party := {party: ds |
	some d in denials
	some party in d.source.affiliations
	ds := [x | some x in denials; some p in x.source.affiliations; p == party]
}

# Denials by the claim they answer.
denials_by_target := {target: ds |
	some d in denials
	some target in d.targets
	ds := [x | some x in denials; some t in x.targets; t == target]
}

# Denials that answer a claim directly: a claim whose responds_to names it, or a denying
# attribution on the claim itself when the claim answers nothing (a self-contained dispute).
direct_denials(claim) := array.concat(object.get(denials_by_target, claim.id, []), own_denials(claim))

own_denials(claim) := [] if count(object.get(claim, "responds_to", [])) > 0

else := [d |
	some a in claim.attributions
	a.stance == "denies"
	d := {"claim": claim.id, "source": a.source, "independent": a.independent, "inspected": a.inspected, "targets": []}
]

# Every claim that answers another, by the claim it answers.
responses_by_target := {target: ids |
	some c in claims
	some target in object.get(c, "responds_to", [])
	ids := [x.id | some x in claims; some t in object.get(x, "responds_to", []); t == target]
}

# Parties among a claim's subjects that `source` is affiliated with: the accused, when it denies.
accused_parties(claim, source) := {s | some s in claim.subjects; s in source.affiliations}

# Denials by an accused party (affiliated with a subject) of a related allegation in the same
# document: a denial of "the allegations" also bears on the evidence offered for them.
related_denials(claim) := [d |
	is_attribution_kind(claim)
	is_allegation(claim)
	some s in claim.subjects
	some d in object.get(denials_by_party, s, [])
	d.claim != claim.id
	count(d.targets) > 0
	not claim.id in d.targets
]

# An allegation: a claim someone stands behind, or one the text states as fact. A report that a
# source could not determine something, or denied it, alleges nothing.
is_allegation(claim) if count(claim.supporting) > 0

is_allegation(claim) if count(claim.attributions) == 0

# What sources said they could not determine, by undetermined_key(source id, claim kind).
undetermined := {key: entries |
	some c in claims
	some a in c.attributions
	a.stance == "cannot-determine"
	key := undetermined_key(a.source.id, c.kind)
	entries := [{"claim": c2.id, "subjects": c2.subjects, "targets": object.get(c2, "responds_to", [])} |
		some c2 in claims
		some a2 in c2.attributions
		a2.stance == "cannot-determine"
		undetermined_key(a2.source.id, c2.kind) == key
	]
}

undetermined_key(source_id, kind) := concat(" ", [source_id, kind])

# A finding in the shape every rule returns. delta moves confidence; cap bounds it; label forces
# a label; ceiling keeps a graded label at or below one; suggestion names the evidence that would
# change the verdict.
finding(rule, claim, effect, message, extra) := object.union(
	{"rule": rule, "claim": claim.id, "effect": effect, "message": message},
	extra,
)

names(attributions) := concat(", ", sort({a.source.name | some a in attributions}))

# The readable name of a state or party id, from the gazetteer.
party_name(id) := object.get(gazetteer, [id, "name"], id)

default gazetteer := {}

gazetteer := data.factcheck.gazetteer

party_names(ids) := concat(", ", sort({party_name(id) | some id in ids}))

round2(x) := round(x * 100) / 100
