# METADATA
# title: Accusation without the response of the accused
# description: |
#   An accusation against a named party, with no response, denial, or "did not respond to a
#   request for comment" anywhere in the draft, and no word from the accused party at all
#   (its own account of what happened answers the accusation: right of reply).
# custom:
#   id: missing-response
#   severity: warning
package factcheck.lint.rules.missing_response

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	some a in c.supporting
	a.stance == "accuses"

	# Whom a source accuses is read as the parties the claim names other than the accuser's own:
	# for an accuser the text ties to no party, that reading names nobody in particular.
	count(a.source.affiliations) > 0
	count(c.responses) == 0
	count(c.direct_denials) == 0
	count(c.related_denials) == 0
	not answered
	parties := {s | some s in c.subjects; not s in a.source.affiliations}
	not quoted_in_draft(parties)
	accused := lib.party_names(parties)
	accused != ""
	f := {
		"rule": "missing-response", "claim": c.id, "severity": "warning",
		"message": sprintf("%s accuses %s; the draft has no response from the accused", [a.source.name, accused]),
		"fix": sprintf("add the response of %s, or say that they did not respond to a request for comment", [accused]),
	}
}

# A source of one of the accused parties speaks somewhere in the draft ("China's coast guard
# said the Philippine ships intruded").
quoted_in_draft(parties) if {
	some d in lib.claims
	some b in d.attributions
	some p in b.source.affiliations
	p in parties
}

# Somewhere the draft records a response or its absence.
answered if {
	some c in lib.claims
	some p in lint.config.response_phrases
	contains(lower(c.text), p)
}
