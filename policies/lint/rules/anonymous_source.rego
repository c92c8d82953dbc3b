# METADATA
# title: Anonymous source without a reason
# description: |
#   "A source", "a senior official said", "two officials said", "a Pentagon official": an unnamed
#   person with no reason given anywhere in the draft for keeping them unnamed ("speaking on
#   condition of anonymity" says that they asked, not why). Reported once, where the draft
#   first quotes them. Plural spokespeople of a body with no such marker ("officials said") are
#   routine and pass; so does an unnamed source beside a named one in the same sentence, and a
#   lede's "a top health official" when the draft names a person further down, or any role
#   the draft later names ("the health official Ayman Sahabani": delayed identification).
# custom:
#   id: anonymous-source
#   severity: warning
package factcheck.lint.rules.anonymous_source

import data.factcheck.lib
import data.factcheck.lint

findings contains f if {
	some i, c in lib.claims
	some a in c.attributions
	anonymous_mention(a.mention)
	not quoted_before(a, i)
	not reason_given(a)
	not named_beside(c, a)
	not identified_later(c, a, i)
	f := {
		"rule": "anonymous-source", "claim": c.id, "severity": "warning",
		"message": sprintf("%q is anonymous and the draft gives no reason", [a.mention]),
		"fix": "name the source, or say why it cannot be named (e.g. \"speaking on condition of anonymity because …\")",
	}
}

anonymous := {w | some w in lint.config.anonymous_sources}

modifiers := {w | some w in lint.config.anonymous_modifiers}

# The words name a person by role only: the head word is "official", "source", "diplomat" …,
# and what precedes it is a determiner, a number, a rank or the body they belong to ("a U.S.
# defense official", "a Pentagon official"), never a personal name.
anonymous_mention(m) if {
	ws := words_of(m)
	some k, w in ws
	w in anonymous
	determiner_first(ws, k) # "a Pentagon official", "two senior officials"
	every x in array.slice(ws, k + 1, count(ws)) {
		x in modifiers # "a person familiar with the matter": nothing after the role names anyone
	}
	not routine_plural(lint.words(m))
}

# The role word opens the mention ("Sources"), or a determiner, a number or a rank does.
determiner_first(_, 0)

determiner_first(ws, _) if ws[0] in modifiers

# The claim also rests on a source it names ("the Defense Department said …, as described by a
# Pentagon official"): the unnamed one adds a detail to a named account.
named_beside(c, a) if {
	some b in c.attributions
	b.mention != a.mention
	not anonymous_mention(b.mention)
	not regex.match(`(?i)^(the |a |an )?(officials?|sources?|people|analysts|experts|observers|witnesses|residents)$`, b.mention)
}

# The same role is named further down ("a health official says …" then "the health official
# Ayman Sahabani said"): delayed identification.
identified_later(_, a, i) if {
	some j, d in lib.claims
	j > i
	some b in d.attributions
	b.mention != a.mention
	head(a.mention) in lint.words(b.mention)
	regex.match(`[A-Z][a-z]+ [A-Z][a-z]+$`, b.mention)
}

# A lede that introduces someone by their role and names a person further down ("A top health
# official said …", then "Dr. Lena Moroz, …, said"): the wire style of delayed identification.
identified_later(c, a, i) if {
	lint.is_top(c)
	regex.match(`(?i)^an? `, a.mention)
	some j, d in lib.claims
	j > i
	some b in d.attributions
	not b.source.known
	regex.match(sprintf(`(?i:(^|[ ,])(%s)\.?) [A-Z][a-z]+ [A-Z][a-z]+`, [concat("|", lint.config.identifying_titles)]), b.mention) # a titled person, not any name
	not anonymous_mention(b.mention)
}

# The same source was quoted as anonymous by an earlier claim: one finding for it. "The
# official" after "a defence official" is the same person.
quoted_before(a, i) if {
	some j, d in lib.claims
	j < i
	some b in d.attributions
	anonymous_mention(b.mention)
	same_source(a, b)
}

same_source(a, b) if a.source.id == b.source.id

same_source(a, b) if {
	regex.match(`(?i)^the\b`, a.mention)
	head(a.mention) == head(b.mention)
}

# The role word of a mention ("official" in "a senior official familiar with the talks").
head(m) := roles[0] if {
	roles := [x | some x in words_of(m); x in anonymous]
	count(roles) > 0
} else := ws[count(ws) - 1] if ws := words_of(m)

words_of(m) := [lower(x) | some x in regex.split(`[^A-Za-z'’.-]+`, trim_space(m)); x != ""]

# The draft says why this source is unnamed ("because he was not authorised to speak", "under
# the briefing's ground rules"), in a sentence that quotes it or speaks of its anonymity.
reason_given(a) if {
	some c in lib.claims
	about_anonymity(c, a)
	some r in lint.config.anonymity_reasons
	contains(lower(c.text), r)
}

about_anonymity(c, a) if {
	some b in c.attributions
	b.source.id == a.source.id
}

about_anonymity(c, _) if regex.match(`(?i)anonym|not be named|unnamed|not named|identified|ground rules|refer to`, c.text)

# "Officials said", "the officials said": a body's unnamed spokespeople, routine in news copy and
# not a confidential source, unless a word marks them as withheld ("senior", "unnamed", "two").
routine_plural(ws) if {
	count(ws & anonymous) > 0
	count((ws & anonymous) - {w | some w in lint.config.routine_plurals}) == 0
	count(ws & {w | some w in lint.config.anonymity_markers}) == 0
}
