# METADATA
# title: Editorial findings for drafts
# description: |
#   Gathers the findings of every package under data.factcheck.lint.rules, drops the rules
#   config turns off, and applies configured severities. The findings point at claims; the Go
#   side turns them into line-precise annotations, applies suppression comments and writes
#   SARIF, JUnit, GitHub annotations and the rest.
package factcheck.lint

import data.factcheck.lib
import data.factcheck.verdict

config := lib.params.lint

findings := [object.union(f, {"severity": severity(f)}) |
	some name
	some f in data.factcheck.lint.rules[name].findings
	enabled(f.rule)
]

default enabled(_) := true

enabled(rule) := false if config.rules[rule].enabled == false

# A configured severity wins over the one the rule gives.
severity(f) := object.get(config.rules, [f.rule, "severity"], f.severity)

# The editorial decision. A draft's lint needs every rule's findings for every claim, but a
# verdict only for the claims an editorial rule asks about (the headline and lede, or all of
# them when a threshold is set): verdicts are the larger part of a check's cost.
report := {"lint": findings}

# The headline and the lede: what a reader takes as the story. The lede is the first
# config.lede_claims body claims; their ids are computed once, so the test per claim is a lookup.
is_top(c) if c.part == "headline"

is_top(c) if c.id in lede_ids

lede_ids := {id | some i, id in body_ids; i < config.lede_claims}

body_ids := [c.id | some c in lib.claims; c.part == "body"]

# The verdict of one analysed claim, exactly as the check's report would give it.
verdict_of(c) := verdict.verdict(c, object.get(verdict.findings_by_claim, c.id, []))

words(text) := {w | some w in regex.split(`[^a-z]+`, lower(text)); w != ""}
