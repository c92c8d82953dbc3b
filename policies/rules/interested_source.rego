# METADATA
# title: Interested sources count for less
# description: |
#   A source affiliated with a subject of the claim, or with a side of the dispute the claim is
#   part of, has a stake in it, as has a source of an interested kind (a company, a lawyer).
#   Such a source counts for less; a claim that rests only on interested sources is unverified
#   at best, and so is a denial made only by interested sources. A state's or a body's
#   statement of its own position, intent or act (a claim of a self-statement kind) is not
#   capped: nobody knows it better. A company's or a lawyer's is: it is their case.
# custom:
#   id: interested-source
#   severity: warning
#   number: 3
package factcheck.rules.interested_source

import data.factcheck.lib

interested(c) := [a | some a in c.supporting; a.interested]

# A state or body stating its own position, intent or act. Not a company or a lawyer: what they
# say about themselves and their case is what they have a stake in.
self_statement(c) if {
	c.kind in lib.params.self_statement_kinds
	every a in c.supporting {
		not a.source.kind in lib.params.interested_kinds
	}
}

findings contains f if {
	some c in lib.claims
	count(c.supporting) > 0
	not self_statement(c)
	count(interested(c)) == count(c.supporting)
	f := {
		"rule": "interested-source", "claim": c.id, "effect": "caps",
		"message": sprintf(
			"rests only on sources with a stake in the dispute (%s): unverified at best",
			[lib.names(c.supporting)],
		),
		"delta": lib.params.weights.interested_only,
		"cap": lib.params.caps.interested_only,
		"ceiling": "unverified",
		"suggestion": "confirmation from a source with no stake in the dispute",
	}
}

findings contains f if {
	some c in lib.claims
	count(c.supporting) > 0
	n := count(interested(c))
	n > 0
	n < count(c.supporting)
	f := {
		"rule": "interested-source", "claim": c.id, "effect": "notes",
		"message": sprintf(
			"%s has a stake in the dispute and counts for less than the other sources",
			[lib.names(interested(c))],
		),
		"severity": "info",
	}
}

# A denial with no supporting source: the deniers' stake caps it as it would an assertion.
findings contains f if {
	some c in lib.claims
	count(c.supporting) == 0
	deniers := [a | some a in c.attributions; a.stance == "denies"]
	count(deniers) > 0
	count([a | some a in deniers; a.interested]) == count(deniers)
	f := {
		"rule": "interested-source", "claim": c.id, "effect": "caps",
		"message": sprintf(
			"a denial only by sources with a stake in the dispute (%s): unverified at best",
			[lib.names(deniers)],
		),
		"cap": lib.params.caps.interested_only,
		"ceiling": "unverified",
		"suggestion": "confirmation from a source with no stake in the dispute",
	}
}
