package factcheck.lint_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.lint

# The lint configuration with its rule table replaced.
with_rules(rules) := object.union(object.remove(lib.params.lint, ["rules"]), {"rules": rules})

headline := object.union(
	fx.claim("h", "responsibility", ["russia", "north-korea"], [fx.relayed(fx.un_panel, "asserts", [], [fx.reuters])]),
	{"part": "headline"},
)

undetermined := fx.responding("u", "responsibility", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", ["physical-inspection"])], ["h"])

figures := object.union(fx.claim("n", "quantity", ["russia"], []), {"text": "Four people were killed in the strike."})

rules(fs) := {f.rule | some f in fs}

test_report_has_findings if {
	r := lint.report with input as fx.doc([headline, undetermined, figures])
	{"overstated-headline", "unattributed-claim"} & rules(r.lint) == {"overstated-headline", "unattributed-claim"}
}

test_verdict_of_is_the_reported_verdict if {
	doc := fx.doc([headline, undetermined, figures])
	reported := data.factcheck.verdict.report.verdicts with input as doc
	each := {c.id: lint.verdict_of(c) | some c in lib.claims} with input as doc
	each == reported
	each.h.label == "overstated"
}

test_configured_severity_wins if {
	fs := lint.findings with input as fx.doc([figures])
		with data.factcheck.params.lint as with_rules({"unattributed-claim": {"severity": "info", "enabled": true}})
	some f in fs
	f.rule == "unattributed-claim"
	f.severity == "info"
}

test_disabled_rule_is_dropped if {
	fs := lint.findings with input as fx.doc([figures])
		with data.factcheck.params.lint as with_rules({"unattributed-claim": {"enabled": false}})
	not "unattributed-claim" in rules(fs)
}

test_lede_is_top if {
	c1 := fx.claim("b1", "event", [], [])
	c2 := fx.claim("b2", "event", [], [])
	lint.is_top(c1) with input as fx.doc([c1, c2])
	not lint.is_top(c2) with input as fx.doc([c1, c2])
}

test_lede_length_is_configured if {
	h := object.union(fx.claim("h", "event", [], []), {"part": "headline"})
	c1 := fx.claim("b1", "event", [], [])
	cap := object.union(fx.claim("cap", "event", [], []), {"part": "caption"})
	c2 := fx.claim("b2", "event", [], [])
	c3 := fx.claim("b3", "event", [], [])
	doc := fx.doc([h, c1, cap, c2, c3])
	params := object.union(lib.params.lint, {"lede_claims": 2})

	# Captions are not part of the lede; the headline always is.
	tops := {c.id | some c in [h, c1, cap, c2, c3]; lint.is_top(c)} with input as doc with data.factcheck.params.lint as params
	tops == {"h", "b1", "b2"}
}
