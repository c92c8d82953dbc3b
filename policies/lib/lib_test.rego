package factcheck.lib_test

import data.factcheck.fixtures as fx
import data.factcheck.lib

test_stake_includes_dispute_sides if {
	s := lib.stake({"subjects": ["russia"]})
	"russia" in s
	"ukraine" in s
	not "china" in s
}

test_stake_of_party_in_no_dispute_is_itself if {
	lib.stake({"subjects": ["atlantis"]}) == {"atlantis"}
}

test_interested_and_independent if {
	c := fx.claim("c", "provenance", ["russia"], [
		fx.attr(fx.ukraine, "accuses", []),
		fx.attr(fx.un_panel, "asserts", ["physical-inspection"]),
		fx.attr(fx.anonymous, "asserts", []),
	])
	[a, b, u] := lib.claims[0].attributions with input as fx.doc([c])
	a.interested
	not a.independent
	not b.interested
	b.independent
	b.inspected
	not u.interested
	not u.independent
}

test_supporting_excludes_denials if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", []), fx.attr(fx.russia, "denies", [])])
	analysed := lib.claims[0] with input as fx.doc([c])
	count(analysed.supporting) == 1
	count(lib.groups(analysed)) == 2
}

test_denial_indexes if {
	acc := fx.claim("acc", "responsibility", ["russia"], [fx.attr(fx.ukraine, "accuses", [])])
	other := fx.claim("other", "provenance", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	den := fx.responding("den", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["acc"])
	d := fx.doc([acc, other, den])
	claims := lib.claims with input as d
	count(lib.direct_denials(claims[0])) == 1 with input as d
	count(lib.related_denials(claims[0])) == 0 with input as d
	count(lib.related_denials(claims[1])) == 1 with input as d
	lib.responses_by_target.acc == ["den"] with input as d
}

test_own_denial_counts_only_when_claim_answers_nothing if {
	self := fx.claim("self", "event", ["russia"], [fx.attr(fx.ukraine, "asserts", []), fx.attr(fx.russia, "denies", [])])
	reply := fx.responding("reply", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["self"])
	claims := lib.claims with input as fx.doc([self, reply])
	count(lib.own_denials(claims[0])) == 1
	count(lib.own_denials(claims[1])) == 0
}

test_party_names if {
	lib.party_names({"russia", "north-korea"}) == "North Korea, Russia"
	lib.party_name("atlantis") == "atlantis"
}

test_round2 if {
	lib.round2(0.456) == 0.46
}
