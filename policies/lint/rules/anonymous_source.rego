# METADATA
# title: Anonymous source without a reason
# description: '"A source", "officials said": an unnamed source with no reason given for anonymity.'
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
