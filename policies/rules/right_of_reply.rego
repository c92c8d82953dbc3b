# METADATA
# title: An accusation should carry the response of the accused
# description: |
#   When a source accuses a party and nothing in the document answers the accusation (no
#   response to it, and no denial by the accused of related allegations), the report says so:
#   the accused's response, or a note that they did not respond, is missing.
# custom:
#   id: right-of-reply
#   severity: info
#   number: 10
package factcheck.rules.right_of_reply

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	accusers := [a | some a in c.supporting; a.stance == "accuses"]
	count(accusers) > 0
	count(c.responses) == 0
	count(c.direct_denials) == 0
	count(c.related_denials) == 0
	accused := lib.party_names({s | some s in c.subjects; not accuser_affiliated(accusers, s)})
	f := {
		"rule": "right-of-reply", "claim": c.id, "effect": "notes",
		"message": sprintf(
			"%s accuses %s; no response from the accused is reported",
			[lib.names(accusers), accused],
		),
		"severity": "info",
		"suggestion": sprintf("the response of %s, or a note that they did not respond to a request for comment", [accused]),
	}
}

accuser_affiliated(accusers, subject) if {
	some a in accusers
	subject in a.source.affiliations
}
