# METADATA
# title: Vague or passive attribution
# description: |
#   Weasel and passive attribution — "evidence suggests", "it is believed", "reportedly",
#   "experts say", "some say" — in a sentence that names no source, or a source that is only a
#   vague group ("experts said") that the draft never identifies. Legal hedges ("allegedly")
#   and a fact's description as generally held ("is thought to be carried by camels") are
#   routine wording, not hidden sources, and "reportedly" beside the report it leans on is
#   sourced. A group the draft identifies
#   elsewhere ("observers from the regional body …"), or whose publication the sentence names
#   ("researchers said in the journal"), is not vague.
# custom:
#   id: vague-attribution
#   severity: warning
package factcheck.lint.rules.vague_attribution

import data.factcheck.lib
import data.factcheck.lint

# A hedge on a claim that names no source at all.
findings contains f if {
	some c in lib.claims
	count(c.attributions) == 0
	hedges := [h | some h in c.hedges; not routine_hedge(h)]
	count(hedges) > 0
	not sourced_beside(c)
	not named_elsewhere(lint.words(concat(" ", hedges)), c.id)
	f := {
		"rule": "vague-attribution", "claim": c.id, "severity": "warning",
		"message": sprintf("vague attribution: %s names no source", [concat(", ", [sprintf("%q", [h]) | some h in hedges])]),
		"fix": "say who says so, and on what evidence",
	}
}

# "Reportedly" where the sentence before or after names the report it leans on ("…, the Malay
# Mail reported. The car was reportedly swept away …").
sourced_beside(c) if {
	every h in c.hedges {
		lower(h) in {"reportedly", "it is reported", "it was reported"}
	}
	some i, d in lib.claims
	d.id == c.id
	some j in {i - 1, i + 1}
	j >= 0
	j < count(lib.claims)
	some a in lib.claims[j].supporting
	reporting(a)
}

reporting(a) if a.source.kind in {"media", "wire-agency", "state-media"}

reporting(a) if count(a.via) > 0

reporting(a) if lower(a.cue) in {"reported", "reports", "reported that", "reports that"}

routine_hedge(h) if {
	some p in lint.config.routine_hedges
	regex.match(sprintf("(?i)^%s$", [p]), h)
}

# A source that is only a vague group: "Experts say", "Critics say", "Some observers argue".
findings contains f if {
	some c in lib.claims
	vague := [a.mention | some a in c.attributions; vague_mention(a.mention)]
	count(vague) > 0
	not cites_publication(c)
	every m in vague {
		not named_elsewhere(lint.words(m), c.id)
	}
	f := {
		"rule": "vague-attribution", "claim": c.id, "severity": "warning",
		"message": sprintf("vague attribution: %q names no one a reader could check", [vague[0]]),
		"fix": "name the experts, critics or officials, or say why they cannot be named",
	}
}

vague_words := {"the", "a", "some", "many", "and"} | {w | some w in lint.config.vague_sources}

vague_mention(m) if {
	ws := lint.words(m)
	count(ws) > 0
	count(ws - vague_words) == 0
	count(ws & group_words) > 0
}

# "Researchers said in a paper in the journal …": the publication identifies them.
cites_publication(c) if regex.match(`(?i)\b(paper|papers|study|journal|report|survey)\b`, c.text)

# The draft identifies members of the group elsewhere: a claim names one ("said Dana Reyes, an
# analyst at …") or names the group's body ("observers from the regional bloc SADC").
named_elsewhere(ws, id) if {
	some w in (ws & group_words)
	some d in lib.claims
	d.id != id
	some a in d.attributions
	regex.match(sprintf(`(?i)\b%ss?\b`, [trim_suffix(w, "s")]), a.mention)
	regex.match(`[A-Z][a-z]+ [A-Z][a-z]+|\b[A-Z]{2,}\b`, a.mention) # a named member or body of the group
}

group_words := {"analysts", "analyst", "experts", "expert", "observers", "observer", "critics", "researchers", "economists", "scientists", "commentators"}
