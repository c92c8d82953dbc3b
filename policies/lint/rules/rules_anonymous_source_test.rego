package factcheck.lint.rules.anonymous_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.anonymous_source as rule

test_anonymous_without_reason if {
	fs := rule.findings with input as fx.doc([fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])])])
	count(fs) == 1
}

test_anonymous_with_reason_passes if {
	c := object.union(fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])]), {"text": "A senior official, speaking on condition of anonymity, said so."})
	count(rule.findings) == 0 with input as fx.doc([c])
}
