package factcheck.rules.unattributed_test

import data.factcheck.fixtures as fx
import data.factcheck.rules.unattributed as rule

test_figures_without_source_are_errors if {
	c := fx.claim("c", "quantity", [], [])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.label == "unattributed"
	f.severity == "error"
	f.suggestion == "name the source of the figures"
}

test_event_without_source_is_a_warning if {
	c := fx.claim("c", "event", [], [])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.suggestion == "name the source of this claim"
	contains(f.message, "an event")
}

# An unsourced sentence stated as fact is unattributed, not unverified: a note, since
# background is often common knowledge.
test_unsourced_background_is_unattributed_as_a_note if {
	c := fx.claim("c", "background", [], [])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.label == "unattributed"
	f.severity == "info"
}

test_sourced_claim_is_attributed if {
	c := fx.claim("c", "quantity", [], [fx.attr(fx.police, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}
