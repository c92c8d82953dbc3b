package factcheck.lint.rules.anonymous_source_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.anonymous_source as rule

test_anonymous_without_reason if {
	fs := rule.findings with input as fx.doc([fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])])])
	count(fs) == 1
}

test_a_reason_anywhere_in_the_draft_passes if {
	c := fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])])
	why := object.union(fx.claim("w", "background", [], []), {"text": "He spoke on condition of anonymity because he was not authorised to brief reporters."})
	count(rule.findings) == 0 with input as fx.doc([c, why])
}

test_asking_for_anonymity_is_no_reason if {
	c := object.union(fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])]), {"text": "A senior official, speaking on condition of anonymity, said so."})
	count(rule.findings) == 1 with input as fx.doc([c])
}

source_named(text) := object.union(fx.anonymous, {"id": sprintf("unknown:%s", [text]), "name": text})

test_routine_plural_spokespeople_pass if {
	flagged := {t |
		some t in {"officials", "the officials", "two senior officials", "unnamed diplomats", "an official", "Dana Reyes, an official"}
		c := fx.claim("c", "event", [], [fx.attr(source_named(t), "asserts", [])])
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	flagged == {"two senior officials", "unnamed diplomats", "an official"}
}

# The article's words, not the registry's name: "a U.S. defense official" is anonymous though
# the source resolves to a government.
test_the_mention_is_read_not_the_resolved_name if {
	a := object.union(fx.attr(fx.russia, "asserts", []), {"mention": "a Russian defence official"})
	count(rule.findings) == 1 with input as fx.doc([fx.claim("c", "event", [], [a])])
}

test_one_finding_per_source_where_it_is_first_quoted if {
	first := fx.claim("c1", "event", [], [fx.attr(fx.anonymous, "asserts", [])])
	again := fx.claim("c2", "event", [], [object.union(fx.attr(fx.anonymous, "asserts", []), {"mention": "the official"})])
	{f.claim | some f in rule.findings} == {"c1"} with input as fx.doc([first, again])
}

test_an_unnamed_source_beside_a_named_one_passes if {
	a := object.union(fx.attr(fx.russia, "asserts", []), {"mention": "a Russian defence official"})
	named := object.union(fx.attr(fx.russia_mod, "asserts", []), {"mention": "the Russian defence ministry"})
	count(rule.findings) == 0 with input as fx.doc([fx.claim("c", "event", [], [named, a])])
}

test_a_lede_identified_later_passes if {
	lede := object.union(fx.claim("c1", "event", [], [object.union(fx.attr(fx.anonymous, "asserts", []), {"mention": "A top health official"})]), {"text": "A top health official said the ward was closed."})
	person := object.union(fx.anonymous, {"id": "unknown:dr-lena-moroz", "name": "Dr. Lena Moroz, the county's health officer"})
	later := fx.claim("c2", "statement", [], [fx.attr(person, "asserts", [])])
	count(rule.findings) == 1 with input as fx.doc([lede])
	count(rule.findings) == 0 with input as fx.doc([lede, later])
}

test_a_role_named_further_down_passes if {
	first := fx.claim("c1", "event", [], [object.union(fx.attr(fx.anonymous, "asserts", []), {"mention": "A health official"})])
	lede := fx.claim("c0", "event", [], [])
	named := object.union(fx.anonymous, {"id": "unknown:sahabani", "name": "the health official Ayman Sahabani"})
	later := fx.claim("c2", "statement", [], [fx.attr(named, "asserts", [])])
	count(rule.findings) == 1 with input as fx.doc([lede, first])
	count(rule.findings) == 0 with input as fx.doc([lede, first, later])
}

test_words_after_the_role_that_name_no_one if {
	familiar := object.union(fx.attr(fx.anonymous, "asserts", []), {"mention": "A person familiar with the matter"})
	count(rule.findings) == 1 with input as fx.doc([fx.claim("c", "event", [], [familiar])])
}

test_a_reason_only_where_the_draft_speaks_of_the_source if {
	c := fx.claim("c", "event", [], [fx.attr(fx.anonymous, "asserts", [])])
	talks := object.union(fx.claim("t", "event", [], []), {"text": "The ministers met to discuss the ceasefire."})
	count(rule.findings) == 1 with input as fx.doc([c, talks])
}

test_a_lede_role_identified_by_a_title_word if {
	lede := fx.claim("c1", "event", [], [object.union(fx.attr(fx.anonymous, "asserts", []), {"mention": "a top police official"})])
	person := object.union(fx.anonymous, {"id": "unknown:alba", "name": "police spokesperson Colonel Roderick Alba"})
	fisher := object.union(fx.anonymous, {"id": "unknown:lopez", "name": "Maria Lopez, a fishmonger"})
	count(rule.findings) == 0 with input as fx.doc([lede, fx.claim("c2", "statement", [], [fx.attr(person, "asserts", [])])])
	count(rule.findings) == 1 with input as fx.doc([lede, fx.claim("c2", "statement", [], [fx.attr(fisher, "asserts", [])])])
}
