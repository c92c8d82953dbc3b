# METADATA
# title: Anonymous source without a reason
# description: '"A source", "a senior official said", "two officials said": an unnamed source with no reason given for anonymity. Plural spokespeople of a body with no such marker ("officials said") are routine and pass.'
# custom:
#   id: anonymous-source
#   severity: warning
package factcheck.lint.rules.anonymous_source

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	some a in c.attributions
	a.source.known == false
	ws := lint.words(a.source.name)
	count(ws & anonymous) > 0
	count((ws - anonymous) - modifiers) == 0
	not routine_plural(ws)
	not reason_given(c)
	f := {
		"rule": "anonymous-source", "claim": c.id, "severity": "warning",
		"message": sprintf("%q is anonymous and the draft gives no reason", [a.source.name]),
		"fix": "name the source, or say why it cannot be named (e.g. \"speaking on condition of anonymity because …\")",
	}
}

anonymous := {w | some w in lint.config.anonymous_sources}

modifiers := {w | some w in lint.config.anonymous_modifiers}

reason_given(c) if {
	some r in lint.config.anonymity_reasons
	contains(lower(c.text), r)
}

# "Officials said", "the officials said": a body's unnamed spokespeople, routine in news copy and
# not a confidential source, unless a word marks them as withheld ("senior", "unnamed", "two").
routine_plural(ws) if {
	count(ws & anonymous) > 0
	count((ws & anonymous) - {w | some w in lint.config.routine_plurals}) == 0
	count(ws & {w | some w in lint.config.anonymity_markers}) == 0
}
