package factcheck.lint.rules.overstated_headline_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.overstated_headline as rule

headline := object.union(
	fx.claim("h", "responsibility", ["russia"], [fx.attr(fx.un_panel, "asserts", [])]),
	{"part": "headline"},
)

undetermined := fx.claim("u", "responsibility", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", [])])

test_overstated_headline_is_an_error if {
	fs := rule.findings with input as fx.doc([headline, undetermined])
	some f in fs
	f.claim == "h"
	startswith(f.message, "the headline attributes")
}

test_overstated_lede if {
	lede := object.union(headline, {"part": "body"})
	fs := rule.findings with input as fx.doc([lede, undetermined])
	some f in fs
	startswith(f.message, "the lede")
}

test_accurate_headline_passes if {
	count(rule.findings) == 0 with input as fx.doc([headline])
}
