package factcheck.lint.rules.unattributed_claim_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.unattributed_claim as rule

test_figures_without_source_are_errors if {
	fs := rule.findings with input as fx.doc([fx.claim("n", "quantity", [], []), fx.claim("e", "event", [], [])])
	{f.claim: f.severity | some f in fs} == {"n": "error", "e": "warning"}
}

test_sourced_or_background_claims_pass if {
	fs := rule.findings with input as fx.doc([fx.claim("b", "background", [], []), fx.claim("s", "quantity", [], [fx.attr(fx.police, "asserts", [])])])
	count(fs) == 0
}
