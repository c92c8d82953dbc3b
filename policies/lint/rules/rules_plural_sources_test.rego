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
	words := {"Resources were short, officials said.", "The sourcest claim.", "Their sources' accounts differ."}
	flagged := {t |
		some t in words
		c := object.union(fx.claim("c", "event", [], []), {"text": t})
		count(rule.findings) == 1 with input as fx.doc([c])
	}
	flagged == {"Their sources' accounts differ."}
}
