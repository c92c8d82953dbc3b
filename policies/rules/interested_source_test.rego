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

# "The State Department said its position has not changed": a source's own position is not
# capped by its stake.
test_self_statement_is_not_capped if {
	c := fx.claim("c", "statement", ["russia"], [fx.attr(fx.ukraine, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_denial_only_by_interested_sources_is_capped if {
	c := fx.claim("c", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.ceiling == "unverified"
	contains(f.message, "a denial only by sources with a stake")
}

test_denial_by_a_disinterested_source_is_not_capped if {
	c := fx.claim("c", "statement", ["russia"], [fx.attr(fx.un_panel, "denies", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

# A company speaking about its product is interested; a regulator ruling on the company is not.
test_company_is_interested_regulator_is_not if {
	company := object.union(fx.source("acme", "C", []), {"kind": "company", "name": "Acme"})
	regulator := object.union(fx.source("fda", "B", ["united-states"]), {"name": "FDA"})
	about_itself := fx.claim("c1", "event", [], [fx.attr(company, "asserts", [])])
	ruling := fx.claim("c2", "legal", [], [fx.attr(regulator, "asserts", [])])
	fs := rule.findings with input as fx.doc([about_itself, ruling])
	count(fx.for_claim(fs, "c1")) == 1
	count(fx.for_claim(fs, "c2")) == 0
}

# What a company says about itself is its case, whatever the claim's kind.
test_company_statement_about_itself_is_capped if {
	company := object.union(fx.source("acme", "C", []), {"kind": "company", "name": "Acme"})
	c := fx.claim("c", "statement", [], [fx.attr(company, "asserts", [])])
	fs := rule.findings with input as fx.doc([c])
	count(fs) == 1
	some f in fs
	f.ceiling == "unverified"
}
