# Test fixtures shared by the rule tests: resolved sources as the engine passes them, and
# constructors for attributions, claims and documents.
package factcheck.fixtures

source(id, reliability, affiliations) := {
	"id": id, "name": id, "kind": "government", "reliability": reliability,
	"affiliations": affiliations, "group": id, "known": true,
}

un_panel := object.union(source("un-panel", "B", []), {"kind": "intergovernmental-monitor", "name": "UN panel"})

investigators := object.union(source("investigators", "B", []), {"kind": "court/investigator", "name": "Investigators"})

reuters := object.union(source("reuters", "B", []), {"kind": "wire-agency", "name": "Reuters"})

ap := object.union(source("ap", "B", []), {"kind": "wire-agency", "name": "AP"})

russia := object.union(source("russia-gov", "D", ["russia"]), {"group": "russia-state", "name": "Russian government"})

russia_mod := object.union(source("russia-mod", "D", ["russia"]), {"group": "russia-state", "name": "Russian defence ministry"})

ukraine := object.union(source("ukraine-gov", "C", ["ukraine"]), {"group": "ukraine-state", "name": "Ukrainian government"})

police := object.union(source("regional-police", "C", ["ukraine"]), {"kind": "police", "group": "ukraine-state", "name": "Regional police"})

anonymous := {
	"id": "unknown:a-senior-official", "name": "A senior official", "kind": "unknown", "reliability": "F",
	"affiliations": [], "group": "unknown:a-senior-official", "known": false,
}

attr(src, stance, evidence) := {"source": src, "cue": "said", "stance": stance, "evidence": evidence, "via": []}

relayed(src, stance, evidence, via) := object.union(attr(src, stance, evidence), {"via": via})

claim(id, kind, subjects, attributions) := {
	"id": id, "text": sprintf("claim %s", [id]), "part": "body", "kind": kind,
	"subjects": subjects, "attributions": attributions, "hedges": [], "responds_to": [],
}

responding(id, kind, subjects, attributions, targets) := object.union(
	claim(id, kind, subjects, attributions),
	{"responds_to": targets},
)

doc(claims) := {"document": {"path": "test", "title": "", "outlet": "", "date": ""}, "claims": claims}

# The findings of one rule for one claim.
for_claim(findings, id) := [f | some f in findings; f.claim == id]
