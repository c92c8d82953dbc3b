# METADATA
# title: Vague or passive attribution
# description: |
#   Weasel and passive attribution — "evidence suggests", "it is believed", "reportedly",
#   "experts say", "some say" — that names no one a reader could check.
# custom:
#   id: vague-attribution
#   severity: warning
package factcheck.lint.rules.vague_attribution

import data.factcheck.lib
import data.factcheck.lint

# A hedge on a claim that names no registered source.
findings contains f if {
	some c in lib.claims
	count(c.hedges) > 0
	not named_source(c)
	not named_elsewhere(lint.words(concat(" ", c.hedges)))
	f := {
		"rule": "vague-attribution", "claim": c.id, "severity": "warning",
		"message": sprintf("vague attribution: %s names no source", [concat(", ", [sprintf("%q", [h]) | some h in c.hedges])]),
		"fix": "say who says so, and on what evidence",
	}
}

# A source that is only a vague plural: "Experts say", "Critics say", "Some observers argue".
findings contains f if {
	some c in lib.claims
	some a in c.attributions
	a.source.known == false
	ws := lint.words(a.source.name)
	count(ws - vague_words) == 0
	count(c.hedges) == 0
	not named_elsewhere(ws)
	f := {
		"rule": "vague-attribution", "claim": c.id, "severity": "warning",
		"message": sprintf("vague attribution: %q names no one a reader could check", [a.source.name]),
		"fix": "name the experts, critics or officials, or say why they cannot be named",
	}
}

vague_words := {"the", "a", "some", "many"} | {w | some w in lint.config.vague_sources}

named_source(c) if {
	some a in c.attributions
	a.source.known
}

# "Analysts say …" where the draft quotes a named analyst ("said Dana Reyes, an analyst at …"):
# the group is vague, but the draft names one of them for the reader to check.
named_elsewhere(ws) if {
	some w in (ws & group_words)
	some c in lib.claims
	some a in c.attributions
	regex.match(`[A-Z][a-z]+ [A-Z][a-z]+`, a.source.text)
	some w2 in lint.words(a.source.text)
	trim_suffix(w2, "s") == trim_suffix(w, "s")
}

group_words := {"analysts", "analyst", "experts", "expert", "observers", "critics", "researchers", "economists", "scientists"}
