package factcheck.rules.independent_inspection_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.independent_inspection as rule

test_independent_inspection_raises if {
	c := fx.claim("c", "provenance", ["north-korea"], [fx.attr(fx.un_panel, "asserts", ["physical-inspection"])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "raises"
	f.delta == lib.params.weights.independent_inspection
	contains(f.message, "UN panel")
	contains(f.message, "physical-inspection")
}

test_interested_inspection_does_not_confirm if {
	c := fx.claim("c", "provenance", ["russia"], [fx.attr(fx.ukraine, "asserts", ["physical-inspection"])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "caps"
	f.ceiling == "supported"
}

test_statement_evidence_is_not_inspection if {
	c := fx.claim("c", "responsibility", ["russia"], [fx.attr(fx.un_panel, "asserts", ["statement", "imagery"])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "caps"
}

test_other_kinds_are_not_attribution if {
	c := fx.claim("c", "event", ["russia"], [fx.attr(fx.ukraine, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_independent_inspection_refutes_a_denied_claim if {
	c := fx.claim("c", "event", ["rebels"], [fx.attr(fx.ukraine, "asserts", [])])
	r := fx.responding("r", "event", ["rebels"], [fx.attr(fx.investigators, "denies", ["forensic-analysis"])], ["c"])
	fs := fx.for_claim(rule.findings, "c") with input as fx.doc([c, r])
	count(fs) == 1
	some f in fs
	f.label == "refuted"
	f.severity == "error"
}

test_uninspected_denial_does_not_refute if {
	c := fx.claim("c", "event", ["rebels"], [fx.attr(fx.ukraine, "asserts", [])])
	r := fx.responding("r", "event", ["rebels"], [fx.attr(fx.investigators, "denies", ["statement"])], ["c"])
	count(rule.findings) == 0 with input as fx.doc([c, r])
}
