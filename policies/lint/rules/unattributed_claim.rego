# METADATA
# title: Factual claim with no source
# description: |
#   A claim an editor expects a source for, stated with none: a casualty or harm figure anywhere
#   (an error), or an accusation, a finding of origin or a breach of law in the lede. Other
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

# A figure of harm (deaths, injuries, arrests …) needs a source wherever it stands.
needs_source(c) if {
	c.kind in lint.config.strict_kinds
	count(lint.words(c.text) & harm_words) > 0
}

# Who did it, where it came from, whether it broke the law: in the lede, a source is expected.
needs_source(c) if {
	c.kind in lint.config.claim_kinds
	not c.kind in lint.config.strict_kinds
	lint.is_top(c)
}

harm_words := {w | some w in lint.config.harm_words}

severity(kind) := "error" if kind in lint.config.strict_kinds

else := "warning"

fix(kind) := "name the source of the figures" if kind == "quantity"

else := "name who says so, and on what evidence"
