package factcheck.rules.relay_hops_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.relay_hops as rule

test_each_hop_costs if {
	c := fx.claim("c", "event", [], [fx.relayed(fx.un_panel, "asserts", [], [fx.reuters, fx.ap])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.delta == 2 * lib.params.weights.relay_hop
	contains(f.message, "AP, Reuters")
}

test_most_direct_path_counts if {
	c := fx.claim("c", "event", [], [fx.relayed(fx.un_panel, "asserts", [], [fx.reuters]), fx.attr(fx.un_panel, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_unsourced_claim_has_no_hops if {
	c := fx.claim("c", "event", [], [])
	count(rule.findings) == 0 with input as fx.doc([c])
}
