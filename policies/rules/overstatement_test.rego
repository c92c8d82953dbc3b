package factcheck.rules.overstatement_test

import data.factcheck.fixtures as fx
import data.factcheck.rules.overstatement as rule

headline := object.union(
	fx.claim("h", "responsibility", ["russia", "north-korea"], [fx.relayed(fx.un_panel, "asserts", [], [fx.reuters])]),
	{"part": "headline"},
)

test_headline_overstates_what_the_source_could_not_determine if {
	body := fx.claim("b", "responsibility", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", ["physical-inspection"])])
	fs := rule.findings with input as fx.doc([headline, body])
	count(fs) == 1
	some f in fs
	f.claim == "h"
	f.label == "overstated"
	contains(f.message, "claim b")
}

test_linked_by_responds_to if {
	body := fx.responding("b", "responsibility", ["iran"], [fx.attr(fx.un_panel, "cannot-determine", [])], ["h"])
	fs := rule.findings with input as fx.doc([headline, body])
	count(fs) == 1
	some f in fs
	f.claim == "h"
}

test_other_kind_is_not_overstated if {
	body := fx.claim("b", "provenance", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", [])])
	count(rule.findings) == 0 with input as fx.doc([headline, body])
}

test_other_source_is_not_overstated if {
	body := fx.claim("b", "responsibility", ["russia"], [fx.attr(fx.investigators, "cannot-determine", [])])
	count(rule.findings) == 0 with input as fx.doc([headline, body])
}

test_unrelated_subjects_are_not_overstated if {
	body := fx.claim("b", "responsibility", ["iran"], [fx.attr(fx.un_panel, "cannot-determine", [])])
	count(rule.findings) == 0 with input as fx.doc([headline, body])
}

test_general_cannot_determine_covers_every_subject if {
	body := fx.claim("b", "responsibility", [], [fx.attr(fx.un_panel, "cannot-determine", [])])
	fs := rule.findings with input as fx.doc([headline, body])
	count(fs) == 1
}
