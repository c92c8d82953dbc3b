package factcheck.rules.right_of_reply_test

import data.factcheck.fixtures as fx
import data.factcheck.rules.right_of_reply as rule

accusation := fx.claim("acc", "responsibility", ["russia", "ukraine"], [fx.attr(fx.ukraine, "accuses", [])])

test_unanswered_accusation_is_noted if {
	fs := rule.findings with input as fx.doc([accusation])
	count(fs) == 1
	some f in fs
	f.severity == "info"
	contains(f.message, "accuses Russia")
	not contains(f.message, "Ukraine;")
}

test_answered_accusation_is_not_noted if {
	reply := fx.responding("r", "statement", ["russia"], [fx.attr(fx.russia, "asserts", [])], ["acc"])
	count(rule.findings) == 0 with input as fx.doc([accusation, reply])
}

test_related_denial_answers if {
	other := fx.claim("other", "responsibility", ["russia"], [fx.attr(fx.ukraine, "accuses", [])])
	den := fx.responding("den", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["other"])
	count(fx.for_claim(rule.findings, "acc")) == 0 with input as fx.doc([accusation, other, den])
}

test_assertion_is_not_an_accusation if {
	c := fx.claim("c", "responsibility", ["russia"], [fx.attr(fx.ukraine, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}
