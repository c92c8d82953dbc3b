package factcheck.lint.rules.vague_attribution_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.vague_attribution as rule

experts := {"id": "unknown:experts", "name": "Experts", "kind": "unknown", "reliability": "F", "affiliations": [], "group": "unknown:experts", "known": false}

test_hedge_without_named_source if {
	c := object.union(fx.claim("c", "responsibility", [], []), {"hedges": ["Evidence suggests"]})
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
}

test_hedge_with_named_source_passes if {
	c := object.union(fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])]), {"hedges": ["reportedly"]})
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_vague_plural_source if {
	fs := rule.findings with input as fx.doc([fx.claim("c", "event", [], [fx.attr(experts, "asserts", [])])])
	some f in fs
	contains(f.message, "Experts")
}

test_a_group_with_one_named_member_passes if {
	vague := object.union(fx.claim("v", "event", [], []), {"text": "Analysts say the quarter looks strong.", "hedges": ["Analysts say"]})
	named := object.union(fx.anonymous, {"id": "unknown:dana-reyes-an-analyst-at-a-bank", "name": "Dana Reyes, an analyst at a bank", "text": "Dana Reyes, an analyst at a bank"})
	quoted := fx.claim("q", "statement", [], [fx.attr(named, "asserts", [])])
	count(rule.findings) == 1 with input as fx.doc([vague])
	count(rule.findings) == 0 with input as fx.doc([vague, quoted])
}

test_routine_hedges_pass if {
	flagged := {h |
		some h in {"allegedly", "thought to be", "is thought to", "reportedly", "was likely", "it is believed"}
		c := object.union(fx.claim("c", "background", [], []), {"hedges": [h]})
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	flagged == {"reportedly", "was likely", "it is believed"}
}

test_a_hedge_in_a_sourced_sentence_passes if {
	c := object.union(fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])]), {"hedges": ["reportedly"]})
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_a_group_named_elsewhere_or_by_its_publication_passes if {
	observers := object.union(experts, {"id": "unknown:observers", "name": "observers"})
	vague := fx.claim("v", "event", [], [fx.attr(observers, "asserts", [])])
	bloc := object.union(experts, {"id": "unknown:observers-from-sadc", "name": "Observers from the regional bloc SADC"})
	named := fx.claim("n", "event", [], [fx.attr(bloc, "asserts", [])])
	paper := object.union(vague, {"text": "In a paper in the journal Science, observers said the ice had thinned."})
	count(rule.findings) == 1 with input as fx.doc([vague])
	count(rule.findings) == 0 with input as fx.doc([vague, named])
	count(rule.findings) == 0 with input as fx.doc([paper])
}

test_reportedly_beside_the_report_passes if {
	outlet := object.union(fx.reuters, {"kind": "media"})
	report := fx.claim("r", "event", [], [fx.attr(outlet, "asserts", [])])
	hedged := object.union(fx.claim("h", "event", [], []), {"hedges": ["reportedly"]})
	count(rule.findings) == 1 with input as fx.doc([hedged])
	count(rule.findings) == 0 with input as fx.doc([report, hedged])
}
