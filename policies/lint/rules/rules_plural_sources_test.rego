package factcheck.lint.rules.plural_sources_test

import data.factcheck.fixtures as fx
import data.factcheck.lint.rules.plural_sources as rule

test_sources_said_with_one_source if {
	c := object.union(fx.claim("c", "event", [], []), {"text": "Sources said the talks had failed."})
	count(rule.findings) == 1 with input as fx.doc([c])
}

test_two_named_sources_pass if {
	c := object.union(fx.claim("c", "event", [], [fx.attr(fx.un_panel, "asserts", []), fx.attr(fx.investigators, "asserts", [])]), {"text": "Both sources said so."})
	count(rule.findings) == 0 with input as fx.doc([c])
}

test_only_the_word_sources_counts if {
	words := {"Resources were short, officials said.", "The sourcest claim.", "Sources said the port was shut."}
	flagged := {t |
		some t in words
		c := object.union(fx.claim("c", "event", [], []), {"text": t})
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	flagged == {"Sources said the port was shut."}
}

test_sources_in_another_sense_pass if {
	words := {"\"Use real people, not phony sources,\" he wrote.", "The fund lists its sources of income."}
	flagged := {t |
		some t in words
		c := object.union(fx.claim("c", "event", [], []), {"text": t})
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	count(flagged) == 0
}

test_a_source_named_sources if {
	src := object.union(fx.police, {"text": "security sources", "known": false})
	c := object.union(fx.claim("c", "event", [], [fx.attr(src, "asserts", [])]), {"text": "The convoy was hit at dawn, according to security sources."})
	count(rule.findings) == 1 with input as fx.doc([c])
}
