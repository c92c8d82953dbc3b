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
