package factcheck.rules.denial_by_accused_test

import data.factcheck.fixtures as fx
import data.factcheck.lib
import data.factcheck.rules.denial_by_accused as rule

accusation := fx.claim("acc", "responsibility", ["russia"], [fx.attr(fx.ukraine, "accuses", [])])

denial := fx.responding("den", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["acc"])

test_direct_denial_contests if {
	fs := fx.for_claim(rule.findings, "acc") with input as fx.doc([accusation, denial])
	count(fs) == 1
	some f in fs
	f.label == "contested"
	f.delta == lib.params.weights.denial_by_accused
	contains(f.message, "Russian government")
}

test_denial_against_inspection_lowers_a_little if {
	inspected := fx.claim("acc", "provenance", ["russia"], [fx.attr(fx.un_panel, "asserts", ["physical-inspection"])])
	fs := fx.for_claim(rule.findings, "acc") with input as fx.doc([inspected, denial])
	count(fs) == 1
	some f in fs
	f.effect == "lowers"
	f.delta == lib.params.weights.denial_against_inspection
	not f.label
	contains(f.message, "stands against the denial")
}

test_related_denial_lowers if {
	related := fx.claim("rel", "provenance", ["russia"], [fx.attr(fx.police, "asserts", [])])
	fs := fx.for_claim(rule.findings, "rel") with input as fx.doc([accusation, related, denial])
	count(fs) == 1
	some f in fs
	f.effect == "lowers"
	f.delta == lib.params.weights.denial_by_accused
	contains(f.message, "claim den")
	not f.label
}

test_related_denial_against_inspection if {
	related := fx.claim("rel", "provenance", ["russia"], [fx.attr(fx.un_panel, "asserts", ["physical-inspection"])])
	fs := fx.for_claim(rule.findings, "rel") with input as fx.doc([accusation, related, denial])
	count(fs) == 1
	some f in fs
	f.delta == lib.params.weights.denial_against_inspection
	contains(f.message, "stands against the denial")
}

test_denial_by_someone_else_is_not_by_the_accused if {
	other := fx.responding("den", "statement", ["russia"], [fx.attr(fx.police, "denies", [])], ["acc"])
	count(fx.for_claim(rule.findings, "acc")) == 0 with input as fx.doc([accusation, other])
}

test_cannot_determine_report_is_not_an_allegation if {
	report := fx.claim("rep", "responsibility", ["russia"], [fx.attr(fx.un_panel, "cannot-determine", [])])
	count(fx.for_claim(rule.findings, "rep")) == 0 with input as fx.doc([accusation, report, denial])
}

# "Officials sometimes refute initial reports": a habit, not a denial of this claim.
test_generic_sentence_is_not_a_denial if {
	habit := object.union(denial, {"text": "Russian officials sometimes refute initial reports."})
	related := fx.claim("rel", "provenance", ["russia"], [fx.attr(fx.police, "asserts", [])])
	fs := rule.findings with input as fx.doc([accusation, related, habit])
	count(fs) == 0
}

test_generic_own_denial_is_not_a_denial if {
	habit := fx.claim("h", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])])
	generic := object.union(habit, {"text": "Officials often deny such reports."})
	fs := rule.findings with input as fx.doc([accusation, generic])
	count(fs) == 0
}

# A denier nobody can identify (its kind cannot be read) does not answer the claim.
test_unidentified_denier_does_not_answer if {
	nobody := object.union(fx.anonymous, {"affiliations": ["russia"]})
	vague := fx.responding("den", "statement", ["russia"], [fx.attr(nobody, "denies", [])], ["acc"])
	fs := rule.findings with input as fx.doc([accusation, vague])
	count(fs) == 0
}

# The inspection is reported in one sentence and the finding in another: the finding rests on
# it, so the accused's bare denial lowers it a little and does not contest it.
test_inspection_reported_elsewhere_stands_against_the_denial if {
	inspection := fx.claim("insp", "statement", [], [fx.attr(fx.un_panel, "asserts", ["forensic-analysis"])])
	finding := fx.claim("acc", "event", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	fs := fx.for_claim(rule.findings, "acc") with input as fx.doc([inspection, finding, denial])
	count(fs) == 1
	some f in fs
	f.effect == "lowers"
	not f.label
}

# Who is responsible needs the inspection reported with it: monitors who examined the debris
# may not know who fired it.
test_inspection_elsewhere_does_not_settle_responsibility if {
	inspection := fx.claim("insp", "statement", [], [fx.attr(fx.un_panel, "asserts", ["forensic-analysis"])])
	finding := fx.claim("acc", "responsibility", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	fs := fx.for_claim(rule.findings, "acc") with input as fx.doc([inspection, finding, denial])
	count(fs) == 1
	some f in fs
	f.label == "contested"
}
