# METADATA
# title: '"Sources said" with one source identified'
# description: The text says "sources" (plural) where at most one source is identified.
# custom:
#   id: plural-sources
#   severity: warning
package factcheck.lint.rules.plural_sources

import data.factcheck.lib

findings contains f if {
	some c in lib.claims

	# The word itself, as lint.words would find it, without splitting every claim into words.
	regex.match(`(^|[^a-z])sources([^a-z]|$)`, lower(c.text))
	count([a | some a in c.attributions; a.source.known]) <= 1
	f := {
		"rule": "plural-sources", "claim": c.id, "severity": "warning",
		"message": "says \"sources\" but identifies at most one",
		"fix": "say how many sources, and identify each as far as you can",
	}
}
