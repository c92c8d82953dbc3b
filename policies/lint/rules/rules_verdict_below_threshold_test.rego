package factcheck.lint.rules.verdict_below_threshold_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.verdict_below_threshold as rule

claims := [fx.claim("n", "quantity", [], []), fx.claim("s", "event", [], [fx.attr(fx.un_panel, "asserts", [])])]

test_threshold_flags_weaker_verdicts if {
	fs := rule.findings with input as fx.doc(claims) with data.factcheck.params.lint.threshold as "unverified"
	{f.claim | some f in fs} == {"n"}
}

test_no_threshold_no_findings if {
	count(rule.findings) == 0 with input as fx.doc(claims)
}
