package factcheck.rules.hedged_attribution_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.hedged_attribution as rule

test_each_hedge_lowers_and_is_named if {
	c := object.union(fx.claim("c", "event", [], []), {"hedges": ["evidence suggests", "reportedly"]})
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.delta == 2 * lib.params.weights.hedge
	contains(f.message, `"evidence suggests"`)
	contains(f.message, `"reportedly"`)
}

test_no_hedge_no_finding if {
	c := fx.claim("c", "event", [], [])
	count(rule.findings) == 0 with input as fx.doc([c])
}
