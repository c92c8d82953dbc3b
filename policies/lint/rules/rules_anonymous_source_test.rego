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

source_named(text) := object.union(fx.anonymous, {"id": sprintf("unknown:%s", [text]), "name": text, "text": text})

test_routine_plural_spokespeople_pass if {
	flagged := {t |
		some t in {"officials", "the officials", "two senior officials", "unnamed diplomats", "an official"}
		c := fx.claim("c", "event", [], [fx.attr(source_named(t), "asserts", [])])
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	flagged == {"two senior officials", "unnamed diplomats", "an official"}
}
