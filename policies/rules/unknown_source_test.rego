package factcheck.rules.unknown_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.unknown_source as rule

test_unknown_source_is_flagged if {
	c := fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.delta == lib.params.weights.unknown_source
	contains(f.message, "A senior official")
}

test_known_source_is_not_flagged if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

# "A federal judge": not in the registry, but its kind is known, so it keeps its kind's grade
# and is noted, not lowered.
test_source_graded_by_kind_is_noted_not_lowered if {
	judge := {
		"id": "unknown:federal-judge", "name": "a federal judge", "kind": "court/investigator", "reliability": "B",
		"affiliations": [], "group": "unknown:federal-judge", "known": false,
	}
	c := fx.claim("c", "legal", [], [fx.attr(judge, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.effect == "notes"
	not f.delta
	contains(f.message, "graded B as a source of its kind (court/investigator)")
}
