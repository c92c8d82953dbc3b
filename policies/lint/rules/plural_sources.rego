# METADATA
# title: '"Sources said" with one source identified'
# description: |
#   The text attributes to "sources" (plural) where at most one source is identified. The word in
#   quoted speech or in another sense ("phony sources", "sources of funding") is not an attribution.
# custom:
#   id: plural-sources
#   severity: warning
package factcheck.lint.rules.plural_sources

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	attributes_to_sources(c)
	count([a | some a in c.attributions; a.source.known]) <= 1
	f := {
		"rule": "plural-sources", "claim": c.id, "severity": "warning",
		"message": "says \"sources\" but identifies at most one",
		"fix": "say how many sources, and identify each as far as you can",
	}
}

# "Sources" names who is speaking: it is a source's own words, or a verb of saying follows it.
attributes_to_sources(c) if {
	some a in c.attributions
	regex.match(`(^|[^a-z])sources([^a-z]|$)`, lower(a.source.text))
}

attributes_to_sources(c) if regex.match(`(^|[^a-z])sources (say|said|says|told|tell|familiar|close|with knowledge|briefed|who)([^a-z]|$)`, lower(c.text))
