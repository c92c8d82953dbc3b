package factcheck.lint.rules.missing_response_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.missing_response as rule

accusation := fx.claim("a", "responsibility", ["russia"], [fx.attr(fx.ukraine, "accuses", [])])

test_unanswered_accusation if {
	fs := rule.findings with input as fx.doc([accusation])
	some f in fs
	contains(f.message, "accuses Russia")
}

test_no_comment_counts_as_answered if {
	note := object.union(fx.claim("n", "event", ["russia"], []), {"text": "The Kremlin did not respond to a request for comment."})
	count(rule.findings) == 0 with input as fx.doc([accusation, note])
}

test_an_accuser_of_no_party_names_no_accused if {
	c := fx.claim("u", "responsibility", ["russia"], [fx.attr(fx.anonymous, "accuses", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_the_accused_speaking_in_the_draft_answers if {
	own_account := fx.claim("o", "event", ["ukraine"], [fx.attr(fx.russia_mod, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([accusation, own_account])
}
