package factcheck.rules.single_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.single_source as rule

test_single_source_caps_at_supported if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.cap == lib.params.caps.single_source
	f.ceiling == "supported"
}

test_single_inspecting_source_may_still_confirm if {
	c := fx.claim("c", "provenance", [], [fx.attr(fx.un_panel, "asserts", ["physical-inspection"])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.cap == lib.params.caps.single_source
	not f.ceiling
}

test_two_sources_are_not_single if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", []), fx.attr(fx.investigators, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}
