package factcheck.lint.rules.unattributed_claim_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.unattributed_claim as rule

test_figures_without_source_are_errors if {
	harm := object.union(fx.claim("n", "quantity", [], []), {"text": "At least 12 people were killed."})
	fs := rule.findings with input as fx.doc([fx.claim("lede", "event", [], []), harm])
	{f.claim: f.severity | some f in fs} == {"n": "error"}
}

test_figures_of_no_harm_pass if {
	market := object.union(fx.claim("m", "quantity", [], []), {"text": "Revenue fell 4.7 percent to $101 million."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), market])
}

test_accusations_need_a_source_in_the_lede if {
	lede := fx.claim("r1", "responsibility", ["russia"], [])
	later := fx.claim("r2", "responsibility", ["russia"], [])
	fs := rule.findings with input as fx.doc([lede, later])
	{f.claim: f.severity | some f in fs} == {"r1": "warning"}
}

test_unsourced_events_are_background if {
	count(rule.findings) == 0 with input as fx.doc([fx.claim("e", "event", [], [])])
}

test_sourced_or_background_claims_pass if {
	fs := rule.findings with input as fx.doc([fx.claim("b", "background", [], []), fx.claim("s", "quantity", [], [fx.attr(fx.police, "asserts", [])])])
	count(fs) == 0
}

test_harm_without_a_figure_passes if {
	toll := object.union(fx.claim("t", "quantity", [], []), {"text": "The death toll from the quake that struck 24 hours earlier continued to rise."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), toll])
}

test_figures_in_words_need_a_source if {
	harm := object.union(fx.claim("n", "quantity", [], []), {"text": "Two people were killed on New Year's Day."})
	count(rule.findings) == 1 with input as fx.doc([fx.claim("lede", "event", [], []), harm])
}

test_a_total_sourced_in_the_next_sentence_passes if {
	total := object.union(fx.claim("n", "quantity", [], []), {"text": "Nearly 5,000 deaths had been reported by Tuesday."})
	sourced := object.union(fx.claim("s", "quantity", [], [fx.attr(fx.police, "asserts", [])]), {"text": "The agency said the death toll rose to 3,381."})
	later := object.union(fx.claim("x", "background", [], []), {"text": "Roads were closed."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), total, sourced])
	count(rule.findings) == 1 with input as fx.doc([fx.claim("lede", "event", [], []), total, later, later, sourced])
}

test_a_year_is_not_a_figure if {
	year := object.union(fx.claim("y", "quantity", [], []), {"text": "The sergeant died in 2020 after the shooting."})
	toll := object.union(fx.claim("t", "quantity", [], []), {"text": "The quake killed 1,200 people on Monday."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), year])
	count(rule.findings) == 1 with input as fx.doc([fx.claim("lede", "event", [], []), toll])
}

test_a_figure_sourced_further_down_passes if {
	lede := object.union(fx.claim("n", "quantity", [], []), {"text": "At least 31 people were killed in the blast."})
	filler := object.union(fx.claim("x", "background", [], []), {"text": "Roads were closed."})
	sourced := object.union(fx.claim("s", "quantity", [], [fx.attr(fx.police, "asserts", [])]), {"text": "Police said 31 bodies had been recovered."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), lede, filler, filler, filler, sourced])
}

test_a_toll_of_an_earlier_year_is_background if {
	past := object.union(fx.claim("p", "quantity", [], []), {"text": "The 2010 earthquake killed more than 200,000 people."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), past])
}

test_a_full_date_is_not_history if {
	dated := object.union(fx.claim("d", "quantity", [], []), {"text": "The strike on 2 January 2024 killed four people."})
	count(rule.findings) == 1 with input as fx.doc([fx.claim("lede", "event", [], []), dated])
}

test_a_day_of_the_month_is_not_a_figure if {
	dated := object.union(fx.claim("d", "quantity", [], []), {"text": "The victims died May 18 in the village."})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), dated])
}

test_figures_sourced_in_the_same_paragraph_pass if {
	state := object.union(fx.claim("s", "quantity", [], []), {"text": "Johor has 18,754 people evacuated.", "line": 5})
	agency := object.union(fx.claim("a", "statement", [], [fx.attr(fx.police, "asserts", [])]), {"text": "According to the agency, 210 relief centres remain open.", "line": 5})
	next_line := object.union(agency, {"line": 6})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("lede", "event", [], []), state, agency])
	count(rule.findings) == 1 with input as fx.doc([fx.claim("lede", "event", [], []), state, next_line])
}

test_a_lede_summary_restated_with_a_source_passes if {
	lede := object.union(fx.claim("l", "legal", [], []), {"text": "The striker has been fined and suspended after the breach."})
	restated := object.union(fx.claim("r", "statement", [], [fx.attr(fx.police, "asserts", [])]), {"text": "The league said the striker was fined and suspended for two games."})
	count(rule.findings) == 1 with input as fx.doc([lede])
	count(rule.findings) == 0 with input as fx.doc([lede, restated])
}

test_month_names_inside_words_and_four_digit_counts if {
	marines := object.union(fx.claim("m", "quantity", [], []), {"text": "At least 12 marines were killed in the ambush."})
	counted := object.union(fx.claim("k", "quantity", [], []), {"text": "The flood killed 1500 people in the valley."})
	this_year := object.union(fx.claim("y", "quantity", [], []), {"text": "Four workers died of heatstroke in 2025."})
	count(rule.findings) == 3 with input as fx.doc([fx.claim("lede", "event", [], []), marines, counted, this_year])
}
