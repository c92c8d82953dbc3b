# METADATA
# title: Claim whose only source is a party to the dispute
# description: |
#   An accusation (a source imputing an act or a wrong to another party) resting on one source
#   that is a party to the dispute (affiliated with a side, not a firm or a body with none), with no other source and no response of the accused that
#   answers it: a warning, an error in a headline. A party reporting its own act, results,
#   plans or position is not flagged: nobody knows those better, and the text says whose they
#   are; nor a charge the words frame as the party's own ("accused", "condemned"), nor one the
#   accused answers, with its own account of the same events.
# custom:
#   id: single-interested-source
#   severity: warning
package factcheck.lint.rules.single_interested_source

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	about_others(c)
	count(c.supporting) > 0
	count(c.groups) == 1
	every a in c.supporting {
		a.interested
		count(a.source.affiliations) > 0 # a side of the dispute, not a firm or a body with no side
	}
	count(c.responses) == 0
	count(c.direct_denials) == 0
	count(accused(c)) > 0
	not accused_account(c)
	not framed_as_accusation(c)
	f := {
		"rule": "single-interested-source", "claim": c.id, "severity": severity(c),
		"message": sprintf("rests only on %s, a party to the dispute", [lib.names(c.supporting)]),
		"fix": "add a source with no stake in the dispute, or say that the claim is theirs alone",
	}
}

severity(c) := "error" if c.part == "headline"

else := "warning"

# The accused gives its own account elsewhere in the draft: a claim by a source of an accused
# party ("China's coast guard said the Philippine ships intruded near the shoal") that shares
# a content word with this one, or that answers nothing else. A denial aimed at other
# allegations (a general "the accused rejected all such charges" paragraphs away) is no
# account of these events.
accused_account(c) if {
	some d in lib.claims
	d.id != c.id
	some b in d.attributions
	some p in b.source.affiliations
	p in accused(c)
	same_events(c, d)
}

same_events(c, d) if count(content_words(c.text) & content_words(d.text)) > 0

same_events(_, d) if count(d.responds_to) == 0

# The parties the claim names other than its sources' own: whom it accuses. A police charge
# against a person names no party to a dispute.
accused(c) := {s | some s in c.subjects; not s in {p | some a in c.supporting; some p in a.source.affiliations}}

# The words already frame it as the party's accusation ("the ministry accused Moscow of …",
# "Manila condemned Beijing for …"): the reader knows whose charge it is. A party's charge
# stated as fact ("Country A shelled the border town, according to country B's army")
# is what the rule is for.
framed_as_accusation(c) if {
	some a in c.supporting
	lower(a.cue) in {w | some w in lint.config.accusation_cues}
}

# Long lower-case words: what happened, not who (names and demonyms are capitalised).
content_words(text) := {w | some w in regex.find_n(`\b[a-z]{7,}\b`, text, -1)}

about_others(c) if {
	some a in c.attributions
	a.stance == "accuses"
}
