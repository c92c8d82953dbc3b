package factcheck.lint.rules.single_interested_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.single_interested_source as rule

test_single_party_source if {
	body := fx.claim("b", "provenance", ["russia"], [fx.attr(fx.police, "accuses", [])])
	head := object.union(body, {"id": "h", "part": "headline"})
	fs := rule.findings with input as fx.doc([body, head])
	{f.claim: f.severity | some f in fs} == {"b": "warning", "h": "error"}
}

test_independent_source_passes if {
	c := fx.claim("c", "provenance", ["russia"], [fx.attr(fx.un_panel, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_a_party_on_its_own_results_passes if {
	own := fx.claim("q", "quantity", ["russia"], [fx.attr(fx.police, "asserts", [])])
	plan := fx.claim("e", "event", ["russia"], [fx.attr(fx.police, "asserts", [])])
	count(rule.findings) == 0 with input as fx.doc([own, plan])
}

test_a_party_accusing_another_is_flagged if {
	c := fx.claim("s", "statement", ["russia"], [fx.attr(fx.police, "accuses", [])])
	count(rule.findings) == 1 with input as fx.doc([c])
}

test_the_accused_answering_it_passes if {
	c := fx.claim("s", "responsibility", ["russia"], [fx.attr(fx.police, "accuses", [])])
	reply := fx.responding("r", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["s"])
	count(rule.findings) == 1 with input as fx.doc([c])
	count(rule.findings) == 0 with input as fx.doc([c, reply])
}

test_a_party_reporting_its_own_act_passes if {
	own := fx.claim("s", "responsibility", ["russia"], [fx.attr(fx.russia, "asserts", [])])
	charge := fx.claim("s", "responsibility", ["ukraine"], [fx.attr(fx.russia, "accuses", [])])
	count(rule.findings) == 0 with input as fx.doc([own])
	count(rule.findings) == 1 with input as fx.doc([charge])
}

test_the_accused_own_account_of_the_events_passes if {
	c := object.union(fx.claim("s", "responsibility", ["russia"], [fx.attr(fx.police, "accuses", [])]), {"text": "Russian boats blockaded the harbour, the police said."})
	same := object.union(fx.claim("o", "event", ["ukraine"], [fx.attr(fx.russia_mod, "asserts", [])]), {"text": "Moscow said its boats blockaded the harbour lawfully."})
	free_standing := object.union(same, {"text": "Moscow said its grain exports rose."})
	denial_of_others := fx.responding("d", "statement", ["russia"], [fx.attr(fx.russia, "denies", [])], ["earlier"])
	count(rule.findings) == 0 with input as fx.doc([c, same])
	count(rule.findings) == 0 with input as fx.doc([c, free_standing])
	count(rule.findings) == 1 with input as fx.doc([c, denial_of_others])
}

test_a_charge_framed_as_the_partys_own_passes if {
	framed := fx.claim("s", "responsibility", ["russia"], [object.union(fx.attr(fx.police, "accuses", []), {"cue": "accused"})])
	count(rule.findings) == 0 with input as fx.doc([framed])
}

test_a_charge_against_no_party_passes if {
	c := fx.claim("s", "legal", [], [fx.attr(fx.police, "accuses", [])])
	count(rule.findings) == 0 with input as fx.doc([c])
}
