# METADATA
# title: Verdict at or below the threshold
# description: |
#   Any claim whose verdict is the threshold label or worse (by Admiralty credibility), when a
#   threshold is set (`--fail-on-verdict`).
# custom:
#   id: verdict-below-threshold
#   severity: error
package factcheck.lint.rules.verdict_below_threshold

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	lint.config.threshold != ""
	limit := lib.params.credibility[lint.config.threshold]
	some c in lib.claims
	v := lint.verdict_of(c)
	v.credibility >= limit
	f := {
		"rule": "verdict-below-threshold", "claim": c.id, "severity": "error",
		"message": sprintf("verdict %s (confidence %.2f) is at or below the threshold %s", [v.label, v.confidence, lint.config.threshold]),
		"fix": "strengthen the sourcing, or soften the claim",
	}
}
