package factcheck.lib_test

import data.factcheck.fixtures as fx
import data.factcheck.lib

test_stake_includes_dispute_sides if {
	s := lib.stake(["russia"])
	"russia" in s
	"ukraine" in s
	not "china" in s
}

test_stake_of_party_in_no_dispute_is_itself if {
	lib.stake(["atlantis"]) == {"atlantis"}
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
	count(analysed.groups) == 2
}

test_denial_indexes if {
	acc := fx.claim("acc", "responsibility", ["russia"], [fx.attr(fx.ukraine, "accuses", [])])
	other := fx.claim("other", "provenance", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	den := fx.responding("den", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["acc"])
	d := fx.doc([acc, other, den])
	claims := lib.claims with input as d
	count(claims[0].direct_denials) == 1
	[related] := claims[1].related_denials
	related.first == "den"
	related.names == {"Russian government"}
	claims[0].responses == ["den"]
	count(claims[2].related_denials) == 0
}

test_own_denial_counts_only_when_claim_answers_nothing if {
	self := fx.claim("self", "event", ["russia"], [fx.attr(fx.ukraine, "asserts", []), fx.attr(fx.russia, "denies", [])])
	reply := fx.responding("reply", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["self"])
	claims := lib.claims with input as fx.doc([self, reply])
	count(claims[0].direct_denials) == 2
	count(claims[1].direct_denials) == 0
}

test_party_names if {
	lib.party_names({"russia", "north-korea"}) == "North Korea, Russia"
	lib.party_name("atlantis") == "atlantis"
}

test_claim_refs if {
	lib.claim_refs({"a"}, "a") == "claim a"
	lib.claim_refs({"a", "b"}, "a") == "claims a and one other"
	lib.claim_refs({"a", "b", "c"}, "a") == "claim a and 2 others"
}

test_round2 if {
	lib.round2(0.456) == 0.46
}

test_finding_for_user_rules_merges_extra_fields if {
	f := lib.finding("house-rule", {"id": "c1", "text": "ignored"}, "lowers", "why", {"delta": -0.05, "severity": "info"})
	f == {"rule": "house-rule", "claim": "c1", "effect": "lowers", "message": "why", "delta": -0.05, "severity": "info"}
}

# A source the registry lacks but whose kind is read ("a federal judge") can be independent;
# one whose kind cannot be read cannot.
test_source_graded_by_kind_can_be_independent if {
	judge := object.union(fx.anonymous, {"kind": "court/investigator", "reliability": "B"})
	c := fx.claim("c", "legal", ["russia"], [fx.attr(judge, "asserts", []), fx.attr(fx.anonymous, "asserts", [])])
	[analysed] := lib.claims with input as fx.doc([c])
	analysed.attributions[0].independent == true
	analysed.attributions[1].independent == false
}

# "Kenya's health ministry said 14 people died of cholera": no other party, no blame, no stake.
test_home_reporting_is_not_a_stake if {
	kenya := object.union(fx.source("kenya-health", "C", ["kenya"]), {"name": "Kenyan health ministry"})
	count_claim := fx.claim("c", "quantity", ["kenya"], [fx.attr(kenya, "asserts", [])])
	blame := fx.claim("b", "responsibility", ["kenya"], [fx.attr(kenya, "asserts", [])])
	with_other := fx.claim("o", "quantity", ["kenya", "somalia"], [fx.attr(kenya, "asserts", [])])
	denial := fx.claim("d", "statement", ["kenya"], [fx.attr(kenya, "denies", [])])
	[c1, c2, c3, c4] := lib.claims with input as fx.doc([count_claim, blame, with_other, denial])
	c1.attributions[0].interested == false
	c2.attributions[0].interested == true
	c3.attributions[0].interested == true
	c4.attributions[0].interested == true
}
