package factcheck.rules.corroboration_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.corroboration as rule

test_two_independent_sources_raise if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", []), fx.attr(fx.investigators, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "raises"
	f.delta == lib.params.weights.corroboration_per_source
}

test_corroboration_is_capped if {
	c := fx.claim("c", "event", [], [
		fx.attr(fx.un_panel, "asserts", []),
		fx.attr(fx.investigators, "asserts", []),
		fx.attr(fx.reuters, "asserts", []),
		fx.attr(fx.ap, "asserts", []),
	])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.delta == lib.params.weights.corroboration_max
}

test_two_outlets_relaying_one_source_are_one_source if {
	c := fx.claim("c", "event", [], [
		fx.relayed(fx.un_panel, "asserts", [], [fx.reuters]),
		fx.relayed(fx.un_panel, "asserts", [], [fx.ap]),
	])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "notes"
	contains(f.message, "2 reports trace back to 1 source")
}

test_one_voice_of_one_state_is_one_source if {
	c := fx.claim("c", "event", [], [fx.attr(fx.russia, "asserts", []), fx.attr(fx.russia_mod, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "notes"
}
