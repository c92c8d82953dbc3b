package factcheck.rules.interested_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.interested_source as rule

test_only_interested_sources_caps if {
	c := fx.claim("c", "event", ["russia"], [fx.attr(fx.police, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.ceiling == "unverified"
	f.cap == lib.params.caps.interested_only
	contains(f.message, "Regional police")
}

test_mixed_sources_note if {
	c := fx.claim("c", "event", ["russia"], [fx.attr(fx.police, "asserts", []), fx.attr(fx.un_panel, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "notes"
	not f.ceiling
}

test_disinterested_sources_fire_nothing if {
	c := fx.claim("c", "event", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_party_outside_the_dispute_is_not_interested if {
	c := fx.claim("c", "event", ["north-korea"], [fx.attr(fx.ukraine, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}
