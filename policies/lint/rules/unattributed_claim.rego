# METADATA
# title: Factual claim with no source
# description: |
#   A claim an editor expects a source for, stated with none: a casualty or harm figure anywhere
#   (an error) — a number beside a word of harm (not a date), not given with its source close
#   by (figures with a source in the same paragraph, a harm figure with a source within two
#   sentences, the same number with a source further down), and not a past year's toll — or an
#   accusation, a finding of origin or a breach of law in the lede that no later sentence with
#   a source restates. Other
#   unsourced sentences (background, market figures, context the newsroom knows) are left alone:
#   real articles carry many, and flagging them buries the findings that matter. Headlines are
#   left to overstated-headline: they carry their sources in the body.
# custom:
#   id: unattributed-claim
#   severity: warning
package factcheck.lint.rules.unattributed_claim

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some c in lib.claims
	c.part != "headline"
	count(c.attributions) == 0
	needs_source(c)
	f := {
		"rule": "unattributed-claim", "claim": c.id, "severity": severity(c.kind),
		"message": sprintf("states %s as fact with no source", [object.get(lib.params.kind_phrases, c.kind, "a claim")]),
		"fix": fix(c.kind),
	}
}

# A figure of harm (deaths, injuries, arrests …) needs a source wherever it stands, unless the
# sentences right after it give the figures with their sources, as a wire lede's total is
# followed by who counted what ("Nearly 5,000 deaths were reported. The disaster agency said
# …"). A sentence that names harm but counts none ("the death toll rose") states no figure.
needs_source(c) if {
	c.kind in lint.config.strict_kinds
	harm_figure(c.text)
	not sourced_next(c.id)
	not sourced_later(c.id, c.text)
	not historical(c.text)
}

# A toll of an earlier year is background the reader can look up ("the 2010 quake killed
# 200,000 people", "died in 2020"), not this story's figure; a full date ("on 2 January 2024")
# is not.
historical(text) if regex.match(`(?i)(^|[^a-z])(the|during)\s+(19|20)[0-9][0-9]\s+[a-z]`, text)

# A later sentence gives the same figure with a source (the lede's count, sourced below).
sourced_later(id, text) if {
	some i, c in lib.claims
	c.id == id
	figures := {n | some n in regex.find_n(`[0-9][0-9,.]*[0-9]`, text, -1); not regex.match(`^(19|20)[0-9][0-9]$`, n)}
	count(figures) > 0
	some j, d in lib.claims
	j > i
	count(d.supporting) > 0
	some n in figures
	regex.match(sprintf(`(^|[^0-9,.])%s([^0-9]|$)`, [replace(n, ".", `\.`)]), d.text)
}

# A number within a few words of a word of harm, on either side: "12 people were killed",
# "killing at least 12", "the toll rose to 3,381".
harm_figure(text) if regex.match(figure_then_harm, undated(text))

harm_figure(text) if regex.match(harm_then_figure, undated(text))

# The text without its dates ("died May 18", "on 2 January"): a day of the month counts no one.
undated(text) := regex.replace(lower(text), `(\d{1,2}\s+)?\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?(\s+\d{1,2}(st|nd|rd|th)?\b)?`, " ")

# A count in figures (not a year: "died in 2020" counts no one) or in words.
number_words := `(\d{1,3}(,\d{3})+|\d{1,3}(\.\d+)?|1[0-8]\d\d|2[1-9]\d\d|[3-9]\d\d\d|\d{5,}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands|tens of thousands)`

harm := sprintf("(%s)", [concat("|", lint.config.harm_words)])

figure_then_harm := sprintf(`(^|[^a-z0-9,.])%s[^a-z0-9]+([a-z'-]+[^a-z0-9]+){0,3}%s([^a-z]|$)`, [number_words, harm])

harm_then_figure := sprintf(`(^|[^a-z])%s[^a-z0-9]+([a-z'-]+[^a-z0-9]+){0,4}%s([^a-z0-9]|$)`, [harm, number_words])

# One of the two claims before or after gives figures with a source (the agency's figures,
# then the district counts that carry on from them).
sourced_next(id) if {
	some i, c in lib.claims
	c.id == id
	some j in numbers.range(i - 2, i + 2)
	j != i
	j >= 0
	j < count(lib.claims)
	d := lib.claims[j]
	count(d.supporting) > 0
	figures_beside(c, d)
}

# In the same paragraph, any figures with their source carry on (the agency's count of relief
# centres beside the state's evacuees); otherwise a figure of harm.
figures_beside(c, d) if {
	c.line > 0
	c.line == d.line
	regex.match(`[0-9]`, d.text)
}

figures_beside(_, d) if harm_figure(d.text)

# Who did it, where it came from, whether it broke the law: in the lede, a source is expected.
needs_source(c) if {
	c.kind in lint.config.claim_kinds
	not c.kind in lint.config.strict_kinds
	lint.is_top(c)
	not restated_with_source(c)
}

# A later sentence with a source says the same thing (two content words in common): the
# lede's summary is sourced below, as wire copy does ("X has been fined and suspended" … "the
# league said in a statement that X was fined …").
restated_with_source(c) if {
	some i, x in lib.claims
	x.id == c.id
	some j, d in lib.claims
	j > i
	count(d.supporting) > 0
	count(long_words(c.text) & long_words(d.text)) >= 2
}

long_words(text) := {w | some w in lint.words(text); count(w) >= 6}

severity(kind) := "error" if kind in lint.config.strict_kinds

else := "warning"

fix(kind) := "name the source of the figures" if kind == "quantity"

else := "name who says so, and on what evidence"
