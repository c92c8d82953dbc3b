# METADATA
# title: Editorial findings for drafts
# description: |
#   Gathers the findings of every package under data.factcheck.lint.rules, drops the rules
#   config turns off, and applies configured severities. The findings point at claims; the Go
#   side turns them into line-precise annotations, applies suppression comments and writes
#   SARIF, JUnit, GitHub annotations and the rest.
package factcheck.lint

import data.factcheck.lib

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

# Verdicts and lint findings in one evaluation: some editorial rules read the verdicts.
report := {"verdicts": data.factcheck.verdict.report, "lint": findings}

# The headline and the lede: what a reader takes as the story. The lede is the first
# config.lede_claims body claims; their ids are computed once, so the test per claim is a lookup.
is_top(c) if c.part == "headline"

is_top(c) if c.id in lede_ids

lede_ids := {id | some i, id in body_ids; i < config.lede_claims}

body_ids := [c.id | some c in lib.claims; c.part == "body"]

verdict_of(c) := data.factcheck.verdict.report.verdicts[c.id]

words(text) := {w | some w in regex.split(`[^a-z]+`, lower(text)); w != ""}
