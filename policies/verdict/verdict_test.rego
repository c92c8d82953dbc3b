package factcheck.verdict_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.verdict

# A miniature of a conflict report: an inspected origin claim, a headline that overstates it,
# an accusation and its denial, a police claim, unsourced figures.
origin := fx.claim("origin", "provenance", ["north-korea"], [fx.relayed(fx.un_panel, "asserts", ["physical-inspection"], [fx.reuters])])

headline := object.union(
	fx.claim("headline", "responsibility", ["russia", "north-korea"], [fx.relayed(fx.un_panel, "asserts", [], [fx.reuters])]),
	{"part": "headline"},
)

undetermined := fx.responding("undetermined", "responsibility", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", ["physical-inspection"])], ["headline"])

accusation := fx.claim("accusation", "responsibility", ["russia", "north-korea"], [fx.attr(fx.ukraine, "accuses", [])])

north_korea := object.union(fx.source("nk-gov", "E", ["north-korea"]), {"name": "North Korean government"})

denial := fx.responding("denial", "statement", ["russia", "north-korea"], [fx.attr(fx.russia, "denies", []), fx.attr(north_korea, "denies", [])], ["accusation"])

police := fx.claim("police", "provenance", ["russia", "north-korea"], [fx.attr(fx.police, "asserts", [])])

figures := fx.claim("figures", "quantity", ["russia"], [])

scenario := fx.doc([origin, headline, undetermined, accusation, denial, police, figures])

rules(v) := {r.rule | some r in v.reasons}

test_inspected_origin_is_confirmed_despite_denial if {
	report := verdict.report with input as scenario
	v := report.verdicts.origin
	v.label == "confirmed"
	v.credibility == 1
	v.reliability == "B"
	"independent-inspection" in rules(v)
	"denial-by-accused" in rules(v)
	w := lib.params.weights
	v.confidence == lib.round2(((lib.params.reliability_score.b + w.independent_inspection) + w.denial_against_inspection) + w.relay_hop)
}

test_headline_is_overstated if {
	report := verdict.report with input as scenario
	v := report.verdicts.headline
	v.label == "overstated"
	"overstatement" in rules(v)
	count(v.suggestions) > 0
}

test_accusation_is_contested if {
	report := verdict.report with input as scenario
	report.verdicts.accusation.label == "contested"
	report.verdicts.accusation.credibility == 4
}

test_single_interested_source_is_unverified if {
	report := verdict.report with input as scenario
	v := report.verdicts.police
	v.label == "unverified"
	v.confidence <= lib.params.caps.interested_only
	{"interested-source", "single-source"} & rules(v) == {"interested-source", "single-source"}
}

test_unsourced_figures_are_unattributed if {
	report := verdict.report with input as scenario
	v := report.verdicts.figures
	v.label == "unattributed"
	v.reliability == "F"
	v.credibility == 6
	v.confidence == lib.params.unattributed_base
}

test_interested_flags_follow_attributions if {
	report := verdict.report with input as scenario
	report.verdicts.accusation.interested == [true]
	report.verdicts.origin.interested == [false]
}

test_findings_list_every_rule_finding if {
	report := verdict.report with input as scenario
	count(report.findings) == count([r | some v in report.verdicts; some r in v.reasons])
}

test_refuted_beats_other_forced_labels if {
	v := verdict.verdict(fx.claim("c", "event", [], []), [
		{"rule": "a", "claim": "c", "effect": "overstates", "message": "m", "label": "overstated"},
		{"rule": "b", "claim": "c", "effect": "refutes", "message": "m", "label": "refuted"},
	])
	v.label == "refuted"
}

test_ceiling_keeps_a_confident_claim_supported if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	v := verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "raises", "message": "m", "delta": 0.2, "ceiling": "supported"}])
	v.confidence >= lib.params.cutoffs.confirmed
	v.label == "supported"
}

test_confident_claim_without_ceiling_is_confirmed if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	v := verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "raises", "message": "m", "delta": 0.1}])
	v.label == "confirmed"
	v.likelihood == "very likely"
}

test_confidence_is_clamped_and_capped if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "raises", "message": "m", "delta": 5}]).confidence == 1
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "lowers", "message": "m", "delta": -5}]).confidence == 0
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "caps", "message": "m", "cap": 0.3}]).confidence == 0.3
}

test_unknown_grade_scores_as_f if {
	c := fx.claim("c", "event", [], [fx.attr(object.union(fx.un_panel, {"reliability": "Z"}), "asserts", [])])
	verdict.verdict(lib.analyse(c), []).confidence == lib.params.reliability_score.f
}

test_likelihood_bands if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "lowers", "message": "m", "delta": -1}]).likelihood == "almost no chance"
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "lowers", "message": "m", "delta": -0.25}]).likelihood == "roughly even chance"
	verdict.verdict(c, [{"rule": "a", "claim": "c", "effect": "raises", "message": "m", "delta": 0.24}]).likelihood == "almost certain"
}

test_no_source_no_grade if {
	v := verdict.verdict(fx.claim("c", "event", [], []), [])
	v.reliability == "F"
	v.confidence == lib.params.unattributed_base
}

test_user_rule_findings_join_the_verdict if {
	c := fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", [])])
	extra := {{"rule": "house-style", "claim": "c", "effect": "lowers", "message": "house rule", "delta": -0.1}}
	r := verdict.report with input as fx.doc([c]) with data.factcheck.rules.house_style.findings as extra
	"house-style" in rules(r.verdicts.c)
}
