// Stage 11a, non-claims: the reasons a sentence is not a claim, checked before and while its
// attributions are read — captions, navigation lines, reader appeals, questions, fragments,
// no-comment notes, pledges in a speaker's words, addresses to the reader, opinion and
// speculation without a source, appeals and advice.

package extract

import (
	"regexp"
	"slices"
	"strings"
)

func (st *state) sentence(bi int, sg *segment, part string, afterRelated bool) {
	s, toks := sg.span, sg.toks
	st.cur = sg
	defer func() { st.cur = nil }()
	text := string(st.a.src[s.start:s.end])
	h := lexicons.scanInto(&st.hits, toks)
	why := ""
	switch {
	case part == "caption":
		st.skip(s, part, "caption or credit line")
		return
	case siteAppeal(toks, h, sg.quoting.inside) || afterRelated && h.has(lexAddress):
		st.skip(s, part, "reader appeal or site boilerplate")
		return
	case creditLine(toks) || updateNote(toks):
		st.skip(s, part, "caption or credit line")
		return
	case strings.HasSuffix(strings.TrimRight(text, `"'”’)`), "?"):
		why = "question"
	case wordCount(toks) < 4 && !h.has(lexNumber) && !(sg.quoting.whole >= 0 && hasVerb(toks)):
		why = "fragment" // but a short quoted sentence with a verb is the speaker's claim ("We retaliated.")
	case slices.ContainsFunc(h[lexNoComment], func(m hit) bool {
		return (m.start <= noCommentReach || onlySubjectBefore(toks, m.start) || afterReasonLead(toks, m.start)) && !unknownToASource(toks, sg.quoting.inside, m) &&
			!butAfter(toks, m.end)
	}):
		why = "a note that someone did not answer or that it is not known, not a claim"
	case h.has(lexPledge) && (sg.quoting.whole >= 0 || quotationIsTheSentence(toks, sg.quoting.inside)) && !claimBefore(toks, h[lexPledge][0].start) && !beliefInAFigure(toks, h) &&
		!slices.ContainsFunc(h[lexCannot], func(c hit) bool { return !withinPledge(h, c) }): // "We will not be determining the cause while on scene": what is not known is a claim
		why = "a pledge, appeal or sentiment in the speaker's words, not a claim"
	}
	if why != "" {
		mentions := st.attributions(toks, h, sg.quoting.inside)
		st.skipWith(s, part, why, mentions)
		if primaries, _ := splitRelays(mentions); len(primaries) > 0 {
			st.noteSpeaker(bi, sg.quoting, primaries) // "“We take this seriously,” the email said. “We have …”": the next quotation is the email's too
		}
		return
	}
	st.claimFor(bi, s, part, nil, toks, h)
}

// withinPledge: the hit lies inside a pledge's words ("We are still assessing the damage": an
// effort under way, which the pledge already reads).
func withinPledge(h *hits, c hit) bool {
	return slices.ContainsFunc(h[lexPledge], func(p hit) bool { return p.start <= c.start && c.end <= p.end })
}

// unknownToASource: the note is that something is not known ("it was unclear whether …"), and a
// source says so ("The governor said it was unclear whether the gunmen had crossed …"): the source's
// answer that it cannot be determined, a claim. "X declined to comment" stays a note.
func unknownToASource(toks []token, inside []bool, m hit) bool {
	unknown := false
	for k := m.start; k < m.end && k < len(toks); k++ {
		if l := toks[k].lower; l == "clear" || l == "unclear" || l == "known" || l == "verified" || l == "confirmed" || l == "verify" || l == "confirm" {
			unknown = true
		}
	}
	if !unknown {
		return false
	}
	for k := 1; k < m.start; k++ {
		if c, _, ok := cueAt(toks, k); ok && c.kind == cueVerb && !inside[k] && sayingVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// afterReasonLead: the words before k are a leading clause of reason set off by a comma (lexicon
// reasonOpeners: "As the inquiry is ongoing, the school will not be releasing …", "It said due
// to the nature of the case, the district cannot share …"), opening the sentence or right after
// its cue, and then the note's subject: the note is what the sentence says.
func afterReasonLead(toks []token, k int) bool {
	c := -1
	for j := k - 1; j >= 0; j-- {
		if toks[j].text == "," {
			c = j
			break
		}
	}
	if c < 1 || !onlySubjectBefore(toks[c+1:], k-c-1) {
		return false
	}
	for j := 0; j < c; j++ {
		if !reasonOpeners[toks[j].lower] || toks[j].lower == "due" && (j+1 >= len(toks) || toks[j+1].lower != "to") {
			continue
		}
		if j == 0 || toks[j-1].punct || toks[j-1].lower == "that" || sayingVerbs[toks[j-1].lower] {
			return !slices.ContainsFunc(toks[j:c], func(t token) bool { return t.text == "," })
		}
	}
	return false
}

var reasonOpeners = lexWords("reasonOpeners")

// butAfter: a clause opened by "but" follows the note ("We do not comment on such missions, but
// the data show the rocket performed as planned"): what follows is a claim.
func butAfter(toks []token, k int) bool {
	return slices.ContainsFunc(toks[min(k, len(toks)):], func(t token) bool { return t.lower == "but" })
}

// noCommentReach is how far into a sentence a no-comment note may start and still be what the
// sentence says ("A spokeswoman for the ministry declined to comment", "It was not immediately
// clear …"); further on it is a clause of a sentence that reports something else ("Flooding
// swept the valley, but it is unclear how many were trapped").
const noCommentReach = 8

// onlySubjectBefore: the words before k are a subject however long, with its asides ("The
// nurses' representatives, representing 5,000 nurses at the eight hospitals on strike, could
// not be reached"): no verb, cue, coordinator or clause boundary stands among them.
func onlySubjectBefore(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		t := toks[j]
		if t.text == ";" || t.text == ":" || coordinators[t.lower] || clauseOpeners[t.lower] || t.lower == "that" {
			return false
		}
		if t.punct || t.capitalised() {
			continue
		}
		if passiveAux[t.lower] || clauseVerbs[t.lower] || irregularPasts[t.lower] || auxiliaries[t.lower] && !determiners[t.lower] ||
			strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 {
			return false
		}
		if _, _, ok := cueAt(toks, j); ok {
			return false
		}
	}
	return true
}

// creditLine: the sentence credits the story's makers ("Reporting by …; Editing by …",
// "(Additional reporting by …)").
func creditLine(toks []token) bool {
	if len(toks) > 2 && toks[0].lower == "to" && toks[1].lower == "contact" && slices.ContainsFunc(toks[2:min(len(toks), 8)], func(t token) bool { return creditRoles[t.lower] }) {
		return true // "To contact the reporter on this story: …": a wire's contact lines, however many
	}
	if copyrightLine(toks) || filesFromLine(toks) || datedSourceLine(toks) || bylineLine(toks) {
		return true
	}
	if wordCount(toks) > 16 && !slices.ContainsFunc(toks, func(t token) bool { return t.text == ";" }) {
		return false // "Reporting by the Guardian revealed that …" is a sentence of the story
	}
	k := 0
	for k < len(toks) && toks[k].punct {
		k++
	}
	if k >= len(toks) || !creditOpeners[toks[k].lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if toks[j].lower == "by" {
			return true
		}
	}
	return false
}

var creditOpeners = lexWords("creditOpeners")

// beliefInAFigure: every pledge is a belief ("We believe", "I think") and a figure follows it
// ("We believe approximately a few million consumers could be affected"): an estimate, a claim.
func beliefInAFigure(toks []token, h *hits) bool {
	for _, m := range h[lexPledge] {
		if !slices.ContainsFunc(toks[m.start:m.end], func(t token) bool { return beliefVerbs[t.lower] }) {
			return false
		}
	}
	first := h[lexPledge][0].end
	return slices.ContainsFunc(toks[first:], func(t token) bool { return t.number() || wordIn(lexNumber, t.lower) })
}

var beliefVerbs = lexWords("beliefVerbs")

// updateNote: the site's note that the story was updated ("Updated at 4:14 p.m. to reflect
// comment from …", "UPDATE: …", "Updated on March 3").
func updateNote(toks []token) bool {
	if len(toks) < 2 || toks[0].lower != "updated" && toks[0].lower != "update" {
		return false
	}
	next := toks[1]
	return next.text == ":" || dash(next) || next.lower == "at" || next.lower == "on" || next.number() || timeWords[next.lower]
}

// bylineLine: "By Allen Cone, UPI", "By Maria Ortiz and Dev Rao": "By" and names (capitalised
// words, "and", commas), eight words at most, nothing else.
func bylineLine(toks []token) bool {
	if len(toks) < 2 || toks[0].text != "By" || wordCount(toks) > 8 || toks[len(toks)-1].text == "." && !strings.HasSuffix(toks[len(toks)-2].text, ".") {
		return false // (a byline has no full stop: "By Friday, Police Had Found Him." is a headline)
	}
	for _, t := range toks[1:] {
		if !(t.capitalised() || t.lower == "and" || t.text == "," || t.text == "." || t.text == "|" || t.text == "-" || t.text == "–" || t.text == "—") {
			return false
		}
	}
	return true
}

// copyrightLine: "© 2022 Reuters", "Copyright 2024 The Associated Press": the owner's notice.
func copyrightLine(toks []token) bool {
	if len(toks) > 0 && toks[0].lower == "copyright" && len(toks) <= 8 && slices.ContainsFunc(toks[1:], func(t token) bool { return t.number() && len(t.text) == 4 }) {
		return true // "Copyright Agence France-Presse, 2011"
	}
	return len(toks) > 0 && (strings.HasPrefix(toks[0].text, "©") || toks[0].lower == "copyright" && len(toks) > 1 && (toks[1].number() || strings.HasPrefix(toks[1].text, "©")))
}

// readerImperative: the sentence opens with a verb telling the reader what to do ("Call the
// company at (888) …", "Visit the agency's website").
func readerImperative(toks []token) bool {
	return len(toks) > 2 && toks[0].capitalised() && readerImperatives[toks[0].lower] && (toks[1].is(clsDeterminer) || toks[1].capitalised() || objectPronouns[toks[1].lower])
}

var readerImperatives = lexWords("readerImperatives")

// filesFromLine: "With files from Global News", "The post … appeared first on …": the site's
// note on where the copy came from.
func filesFromLine(toks []token) bool {
	k := 0
	for k < len(toks) && toks[k].punct {
		k++
	}
	if k+2 < len(toks) && toks[k].lower == "with" && toks[k+1].lower == "files" && toks[k+2].lower == "from" {
		return true
	}
	if k+1 >= len(toks) || toks[k].lower != "the" || toks[k+1].lower != "post" {
		return false // "The clip appeared first on a Telegram channel, police said" is the story's
	}
	for j := k + 2; j+2 < len(toks); j++ {
		if toks[j].lower == "appeared" && toks[j+1].lower == "first" && toks[j+2].lower == "on" {
			return true
		}
	}
	return false
}

// datedSourceLine: a short bracketed line of an outlet and a date, "(Xinhua News Agency
// March 12, 2007)": the wire's dateline moved to the foot.
func datedSourceLine(toks []token) bool {
	if len(toks) < 3 || toks[0].text != "(" || toks[len(toks)-1].text != ")" && !(toks[len(toks)-1].punct && toks[len(toks)-2].text == ")") || wordCount(toks) > 10 {
		return false
	}
	year := slices.ContainsFunc(toks, func(t token) bool {
		return len(t.text) == 4 && t.number() && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20"))
	})
	return year && toks[1].capitalised() && !slices.ContainsFunc(toks, func(t token) bool { return clauseVerbs[t.lower] || auxiliaries[t.lower] })
}

// creditRoles are the story's makers a contact line names ("To contact the editor …").
var creditRoles = lexWords("creditRoles")

// hasVerb: a word that is a verb whatever the context — a past tense, a form of "be" or a
// clause verb ("We retaliated.", "It is over."), not an exclamation ("Wrong again!").
func hasVerb(toks []token) bool {
	for _, t := range toks {
		if !t.punct && (strings.HasSuffix(t.lower, "ed") && len(t.lower) > 3 || passiveAux[t.lower] || clauseVerbs[t.lower] || irregularPasts[t.lower]) {
			return true
		}
	}
	return false
}

// imperativeQuote: the speaker's quoted sentence opens with an order or an appeal ("“Do not
// leave us …”", "“Please stay indoors”", "Dr Lee added: “Please do not visit …”").
func imperativeQuote(toks []token, inside []bool, h *hits) bool {
	first := -1
	for i, t := range toks {
		if !t.punct {
			first = i
			break
		}
	}
	if first >= 0 && !inside[first] {
		first = quoteAfterColon(toks, inside)
	}
	if first < 0 || !inside[first] {
		return false
	}
	return slices.ContainsFunc(h[lexImperative], func(m hit) bool { return m.start == first })
}

// quoteAfterColon is the first word of a quotation that a speaker's colon opens and that runs
// to the sentence's end ("X added: “…”"), or -1.
func quoteAfterColon(toks []token, inside []bool) int {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text != ":" {
			continue
		}
		if !opensQuote(toks[k+1]) || !inside[k+2] {
			return -1
		}
		for j := k + 2; j < len(toks); j++ {
			if !inside[j] && !toks[j].punct {
				return -1
			}
		}
		return k + 2
	}
	return -1
}

// hypothetical: the sentence opens with "if" and its main clause is a guess, advice or an
// outcome ("If someone swallowed a needle, it could …", "If people have any, it is easiest to
// throw them away", "If the decline continues, it will …").
func hypothetical(toks []token, inside []bool) bool {
	k := 0
	for k < len(toks) && toks[k].punct {
		k++
	}
	if k >= len(toks) || toks[k].lower != "if" {
		return false
	}
	for _, t := range toks[k:] {
		if !inside[k] && (t.number() || timeWords[t.lower] && !weekdays[t.lower]) {
			return false // "If approved, the plan would cut 5,000 jobs by 2027": figures to check
		}
	}
	for _, t := range toks[k:] {
		if hypotheticalMarks[t.lower] {
			return true
		}
	}
	return inside[k] // a speaker's "if …" is their hypothesis
}

// hypotheticalMarks in an "if" sentence make its main clause a guess, advice or an outcome.
var hypotheticalMarks = lexWords("hypotheticalMarks")

// advises: what a source says is what someone should or must do ("said people should throw
// away any strawberries"): the modal right after the reported clause's subject, not "should
// have" or "must have" (an inference about the past).
func advises(toks []token, mentions []mention) bool {
	for _, m := range mentions {
		if tokenAfter(toks, m.start) > skipAdverbials(toks, 0, len(toks))+1 {
			return false // "Most cases occurred in hospitals, and the agency said workers should …": a claim first
		}
		c := tokenAfter(toks, m.cueSpan.end)
		if c < len(toks) && toks[c].lower == "that" {
			c++
		}
		end := -1 // the modal, within the reported clause's first words
		for k := c + 1; k < len(toks) && k <= c+6 && !toks[k].punct; k++ {
			if adviceModals[toks[k].lower] {
				end = k
				break
			}
		}
		if end < 0 || end+1 >= len(toks) {
			return false
		}
		if toks[end+1].lower == "have" || toks[end+1].lower == "not" && end+2 < len(toks) && toks[end+2].lower == "have" {
			return false
		}
		if !slices.ContainsFunc(toks[c:end], func(t token) bool { return adviceAddressees[possessive(t.lower)] }) {
			return false // "the court found that a country must be bound by …": a finding, not advice to people
		}
	}
	return true
}

// condemnsOnly: every cue condemns, and what it condemns is an act with no one named as its
// author ("The government has condemned the attack and called for calm").
func condemnsOnly(toks []token, mentions []mention) bool {
	condemns := false
	for _, m := range mentions {
		cue := strings.ToLower(m.cueText)
		if appealCues[cue] {
			continue // "… condemned the attack and called for calm"
		}
		if !condemnCues[cue] {
			return false
		}
		condemns = true
		c := tokenAfter(toks, m.cueSpan.end)
		for k := c; k < len(toks) && toks[k].lower != "and" && toks[k].text != "," && toks[k].text != ";"; k++ {
			if toks[k].capitalised() || toks[k].lower == "for" || toks[k].lower == "as" {
				return false // "condemned China's coast guard for …", "… as a violation of …": someone is accused
			}
		}
	}
	return condemns
}

var condemnCues = lexWords("condemnCues")

// adviceModals say what someone should do.
var adviceModals = lexWords("adviceModals")

// adviceAddressees are the people advice is given to ("shoppers should …").
var adviceAddressees = lexWords("adviceAddressees")

// reportsAQuestion: every cue is a verb of asking before a wh-word ("X asked how the state can
// say …"): a question reported, not a claim.
func reportsAQuestion(toks []token, mentions []mention) bool {
	if len(mentions) == 0 {
		return false
	}
	for _, m := range mentions {
		k := tokenAfter(toks, m.cueSpan.start)
		if k >= len(toks) || !askingVerbs[toks[k].lower] || k+1 >= len(toks) || !wh[toks[k+1].lower] {
			return false
		}
	}
	return true
}

var askingVerbs, wh = lexWords("askingVerbs"), lexWords("wh")

// habitualAdverbs after "will" make it habitual ("will often", "will usually"), not a forecast.
var habitualAdverbs = lexWords("habitualAdverbs")

// predictsOnly: the sentence says only what will or is meant to happen ("the opposition would
// form the new government", "a post-mortem will be held in due course") and names nothing a
// fact-checker could check: no number, no month, and after the modal no name. A negated modal
// is a decision ("would not accept the results"), which is a claim.
func predictsOnly(toks []token, h *hits, mentions []mention) bool {
	inSource := func(k int) bool {
		return slices.ContainsFunc(mentions, func(m mention) bool { return toks[k].start >= m.start && toks[k].end <= m.end })
	}
	modal := -1
	for _, m := range h[lexFuture] {
		if !inSource(m.start) && !inRelativeClause(toks, m.start) {
			modal = m.end
			break
		}
	}
	if modal < 0 || modal < len(toks) && (negator[toks[modal].lower] || toks[modal].lower == "not" || toks[modal].lower == "never" || toks[modal].lower == "have") {
		return false // a decision not to act, or what would have been: claims
	}
	if modal < len(toks) && habitualAdverbs[toks[modal].lower] {
		return false // "animals will often hide weakness": what is usually so, not a forecast
	}
	if len(h[lexCannot]) > 0 {
		return false // "The inquiry will go on, and whether anyone else took part is yet to be determined": what is not known is a claim
	}
	if modal > coordinateClause(toks) {
		return false // "… did not gather enough signatures, but backers said they will …": a claim first
	}
	nearCue := func(k int) bool { // the cue and the auxiliaries just before it ("has said")
		return slices.ContainsFunc(mentions, func(m mention) bool {
			c := tokenAfter(toks, m.cueSpan.start)
			return k >= c-2 && toks[k].start < m.cueSpan.end
		})
	}
	from := 0
	for from < modal && toks[from].punct {
		from++ // an opening quotation mark
	}
	if k := skipAdverbials(toks, from, modal); k < len(toks) && clauseOpeners[toks[k].lower] {
		// "As far as the state is concerned, it will …": a leading clause is not the report
		for c := k; c < modal; c++ {
			if toks[c].text == "," {
				from = c + 1
				break
			}
		}
	}
	for k := from; k < modal-1; k++ {
		if inSource(k) || nearCue(k) {
			continue
		}
		if t := toks[k]; !t.punct && !t.capitalised() && (strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 || irregularPasts[t.lower] || t.lower == "has" || t.lower == "have" || t.lower == "had") {
			return false // "has been referred …, with a request that the club indicates which steps they intend to take": the report is of a past act
		}
	}
	for _, m := range mentions {
		if m.stance != "asserts" {
			return false // "denies it has an advantage or seeks to …": a denial is a claim
		}
	}
	for _, m := range mentions {
		if c := tokenAfter(toks, m.cueSpan.end); c < modal && slices.ContainsFunc(toks[c:modal], func(t token) bool { return t.lower == "and" }) {
			return false // "called the decision hostile and said it would respond": a claim first
		}
	}
	for k, t := range toks {
		if t.punct || inSource(k) {
			continue
		}
		if t.number() || wordIn(lexNumber, t.lower) && !loneOne(toks, k) || timeWords[t.lower] && !weekdays[t.lower] && !(k >= modal && deadlineTime(toks, k)) {
			return false
		}
		if k >= modal && (fullName(toks, k) && !firstWordOfQuote(toks, insideQuotes(toks), k) || plannedAct(t.lower) || ranks[t.lower]) {
			return false // a full name, a rank, or an act one can check was done ("would appeal the verdict")
		}
	}
	return true
}

// deadlineTime: the time word at k is a part of a day or week (lexicon partsOfDay) that only
// says by when a forecast should come true ("expects more details by Tuesday afternoon",
// "anticipates the footage this afternoon"): a deadline word (lexicon deadlineWords) stands
// just before it or before a weekday that leads to it. A month or year ("will leave by May")
// still dates a plan, and "earlier this week" dates what was done.
func deadlineTime(toks []token, k int) bool {
	if !partsOfDay[toks[k].lower] {
		return false
	}
	j := k - 1
	for j >= 0 && weekdays[toks[j].lower] {
		j--
	}
	return j >= 0 && deadlineWords[toks[j].lower] && (j == 0 || toks[j-1].lower != "earlier" && toks[j-1].lower != "late")
}

var deadlineWords, partsOfDay = lexWords("deadlineWords"), lexWords("partsOfDay")

// reportedJudgement: what every source is reported to say is only its judgement of something —
// a noun phrase, a verb of being and a word of judgement ("Both say the approach is
// irresponsible", "claimed the country is a “mature democracy”", "has said the ban is too
// harsh") — with no number, name, act or finding from the judgement on. A judgement that
// rejects or accuses ("said the claims were baseless") has another stance and stays a claim.
func reportedJudgement(toks []token, inside []bool, h *hits, mentions []mention) bool {
	if len(mentions) == 0 {
		return false
	}
	from := len(toks)
	for _, m := range mentions {
		if m.stance != "asserts" || m.cue.kind != cueVerb {
			return false
		}
		j := judgementAfter(toks, h, tokenAfter(toks, m.cueSpan.end))
		if j < 0 {
			return false
		}
		from = min(from, j)
	}
	return nothingCheckableFrom(toks, h, inside, from, len(toks))
}

// quotedJudgement: the sentence is a speaker's quotation that is only a judgement — a noun
// phrase, a verb of being and a word of judgement ("“The cuts are irresponsible,” she said",
// "“Our staff were exemplary.”") — with nothing checkable after it inside the quotation.
func quotedJudgement(toks []token, inside []bool, h *hits) bool {
	first := slices.Index(inside, true)
	if first < 0 || !quotationIsTheSentence(toks, inside) {
		return false
	}
	end := first
	for end < len(toks) && (inside[end] || toks[end].punct) {
		end++
	}
	j := judgementAfter(toks, h, first)
	return j >= 0 && j < end && nothingCheckableFrom(toks, h, inside, j, end)
}

// quotedCharacterisation: the sentence is a speaker's quotation that opens "This is" or "This
// was" and only says what the matter is to them ("“This is no small matter for our members,”
// she said", "“This was really a plea to the council.”"): after the verb, any "not" or adverbs
// and an article, possessive or "no", nothing checkable follows inside the quotation.
func quotedCharacterisation(toks []token, inside []bool, h *hits) bool {
	first := slices.Index(inside, true)
	if first < 0 || first+2 >= len(toks) || !quotationIsTheSentence(toks, inside) {
		return false
	}
	if toks[first].lower != "this" || toks[first+1].lower != "is" && toks[first+1].lower != "was" {
		return false
	}
	k := first + 2
	for k < len(toks) && inside[k] && !characterisingDeterminers[toks[k].lower] && (toks[k].lower == "not" || judgementModifiers[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") && len(toks[k].lower) > 4) {
		k++
	}
	if k >= len(toks) || !inside[k] || !characterisingDeterminers[toks[k].lower] {
		return false
	}
	end := k
	for end < len(toks) && inside[end] {
		end++
	}
	return nothingCheckableFrom(toks, h, inside, k, end)
}

// nothingCheckableFrom: from position from to end there is no number, no name, and no act,
// finding, origin, breach or toll a fact-checker could look up.
func nothingCheckableFrom(toks []token, h *hits, inside []bool, from, end int) bool {
	for k := from; k < end; k++ {
		t := toks[k]
		if t.number() || wordIn(lexNumber, t.lower) && !loneOne(toks, k) || t.capitalised() && !firstWordOfQuote(toks, inside, k) && !firstPerson(t) {
			return false // "a view shared by a vice-president of the federation, Ana Ruiz": a name to look up
		}
	}
	for _, l := range []lexID{lexEvent, lexLegal, lexResponsibility, lexProvenance, lexQuantityNoun, lexCannot, lexNegative, lexAccusatory, lexMisconduct} {
		if slices.ContainsFunc(h[l], func(m hit) bool { return m.start >= from && m.start < end }) {
			return false
		}
	}
	return true
}

// judgementAfter reads the words a cue at k reports — an optional "that", a noun phrase, a verb
// of being, up to three adverbs or articles — and returns where the word of judgement (word
// list "judgements", lexicon "feeling") stands, or -1 when they are not a judgement.
func judgementAfter(toks []token, h *hits, k int) int {
	if k < len(toks) && toks[k].lower == "that" {
		k++
	}
	end := readNounPhrase(toks, k, len(toks))
	if end <= k || end >= len(toks) {
		return -1
	}
	k = end
	if k+1 < len(toks) && (toks[k].lower == "has" || toks[k].lower == "have" || toks[k].lower == "had" || toks[k].lower == "would" || toks[k].lower == "will") && toks[k+1].lower == "been" {
		k++ // "has been", "would be"
	} else if k+1 < len(toks) && (toks[k].lower == "would" || toks[k].lower == "will") && toks[k+1].lower == "be" {
		k++
	}
	if k >= len(toks) || !judgementCopulas[toks[k].lower] {
		return -1
	}
	k++
	for n := 0; n < 4 && k < len(toks); n++ {
		t := toks[k]
		if judgements[t.lower] || slices.ContainsFunc(h[lexFeeling], func(m hit) bool { return m.start == k }) {
			return k
		}
		if importanceWords[t.lower] && (k+1 >= len(toks) || toks[k+1].punct) {
			return k // "recovery is also very important.", but "records are crucial in the inquiry" says what they serve
		}
		if !(t.punct && t.text != "," || judgementModifiers[t.lower] || strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4) {
			return -1
		}
		k++
	}
	return -1
}

var (
	judgements         = lexWords("judgements")
	judgementCopulas   = lexWords("judgementCopulas")
	judgementModifiers = lexWords("judgementModifiers")
	// the words that open what a quoted "This is …" calls the matter (quotedCharacterisation)
	characterisingDeterminers = lexWords("characterisingDeterminers")
	importanceWords           = lexWords("importanceWords")
)

// reportedAppeal: every source is reported to appeal to the public — the appeal (lexicon
// publicAppeal) follows the subject of the cue's words ("The sheriff's office said the public
// is advised to stay away", "He said detectives were still keen to hear from anyone who …").
func reportedAppeal(toks []token, h *hits, mentions []mention) bool {
	if len(mentions) == 0 || len(h[lexPublicAppeal]) == 0 {
		return false
	}
	for _, m := range mentions {
		if m.stance != "asserts" || m.cue.kind != cueVerb {
			return false
		}
		k := tokenAfter(toks, m.cueSpan.end)
		if k < len(toks) && toks[k].lower == "that" {
			k++
		}
		end := readNounPhrase(toks, k, len(toks))
		if end <= k || !slices.ContainsFunc(h[lexPublicAppeal], func(x hit) bool { return x.start == end }) {
			return false
		}
	}
	return true
}

// fullName: the capitalised word at k and the next make a name of two or more words
// ("would be led by Jo Lin", "a talk in the United States"): someone or something a reader can
// look up. A single capitalised word after a modal is more often a place or a country the plan
// concerns ("operations will be held in Sarawak", "China will respond").
func fullName(toks []token, k int) bool {
	return toks[k].capitalised() && k+1 < len(toks) && toks[k+1].capitalised() && !toks[k+1].punct
}

var ranks = lexWords("ranks")

// sentimentAct: the sentence's verb, right after its subject and any opening adverbials, is an
// act of sentiment (lexicon sentimentAct: "Schmidt expressed optimism the team can …", "the
// minister thanked all doctors who …"), and nothing in it denies, accuses or says what is not
// known.
func sentimentAct(toks []token, h *hits) bool {
	act, ok := verbAfterSubject(toks, h[lexSentimentAct])
	if !ok {
		return false
	}
	for _, t := range toks[act.end:] {
		if t.lower == "who" || t.lower == "which" || t.text == "," {
			break // "thanked all doctors who had refused …": a relative clause says whom
		}
		if t.number() {
			return false // "thanked the army for rescuing 40 people": what they were thanked for is a claim
		}
	}
	return !deniesOrAccuses(h)
}

// verbAfterSubject: the first of hs that stands as the sentence's verb, right after its subject
// and any opening adverbials ("However, the coach expressed optimism …").
func verbAfterSubject(toks []token, hs []hit) (hit, bool) {
	from := skipAdverbials(toks, 0, len(toks))
	k := slices.IndexFunc(hs, func(m hit) bool { return m.start > from && onlySubjectBefore(toks[from:], m.start-from) })
	if k < 0 {
		return hit{}, false
	}
	return hs[k], true
}

// deniesOrAccuses: the sentence says what is not known, denies, accuses or names misconduct —
// any of which makes a sentiment or a defence a claim.
func deniesOrAccuses(h *hits) bool {
	return h.has(lexCannot) || h.has(lexNegative) || h.has(lexAccusatory) || h.has(lexMisconduct)
}

// defendsOnly: the sentence's verb, right after its subject, is defending a thing (lexicon
// defence), and its reasons follow ", saying …" ("The coach defended the decision, saying the
// team had earned a rest"): a judgement of the thing defended. A number anywhere ("saying 40
// families had been moved") or a denial, accusation or misconduct keeps it a claim, and so does
// a defence with no reasons given ("has defended several actors in court").
func defendsOnly(toks []token, h *hits) bool {
	defence, ok := verbAfterSubject(toks, h[lexDefence])
	if !ok {
		return false
	}
	end := defence.end
	say := slices.IndexFunc(toks[end:], func(t token) bool { return t.lower == "saying" })
	if say < 0 || !judgingClause(toks[end+say+1:]) {
		return false
	}
	for k, t := range toks {
		if t.number() || wordIn(lexNumber, t.lower) && !loneOne(toks, k) {
			return false
		}
	}
	return !deniesOrAccuses(h)
}

// judgingClause: the clause's verb is a form of being ("justice had been done", "the savings
// were modest", "the response had to be balanced"), which judges; another verb ("officers had
// acted within the law") reports an act.
func judgingClause(toks []token) bool {
	for k, t := range toks {
		if t.punct || t.capitalised() {
			continue
		}
		switch t.lower {
		case "is", "are", "was", "were":
			return true
		case "had", "has", "have", "must", "should", "would":
			return k+1 < len(toks) && (toks[k+1].lower == "been" || toks[k+1].lower == "be" || toks[k+1].lower == "to")
		}
		if strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 || irregularPasts[t.lower] {
			return false
		}
	}
	return false
}

// inRelativeClause: the modal at k opens a relative clause of a noun ("Programs that will be
// reduced include …", "the plan, which would cost …"), whose sentence tells what is; "said that
// it will" is what was said.
func inRelativeClause(toks []token, k int) bool {
	if k < 2 || toks[k-1].lower != "that" && toks[k-1].lower != "which" && toks[k-1].lower != "who" {
		return false
	}
	before := toks[k-2]
	if before.text == "," {
		return toks[k-1].lower == "which"
	}
	if before.punct || determiners[before.lower] {
		return false
	}
	_, _, cue := cueAt(toks, k-2)
	return !cue && !strings.HasSuffix(before.lower, "ed") && !auxiliaries[before.lower]
}

// loneOne: "one" as a determiner ("one possible line of inquiry", "one of the options"), not
// a count a reader could check.
func loneOne(toks []token, k int) bool {
	return toks[k].lower == "one" && k+1 < len(toks) && oneAsDeterminer[toks[k+1].lower]
}

var oneAsDeterminer = lexWords("oneAsDeterminer")

// plannedActs are acts a source can announce and a reader can later check ("will appeal",
// "would reopen", "plans to sell", "would be charged").
var plannedActs = lexWords("plannedActs")

// plannedAct: w is one of plannedActs in any of its forms ("charged", "closes", "selling").
func plannedAct(w string) bool {
	if plannedActs[w] {
		return true
	}
	for _, suffix := range []string{"ing", "ed", "d", "es", "s"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(stem) >= 3 && (plannedActs[stem] || plannedActs[stem+"e"]) {
			return true
		}
	}
	return false
}

// siteAppeal: the site's own appeal or furniture ("Become a patron", "Subscribe to our
// newsletter", "you can help us …"): an appeal word in a short line or one that addresses the
// reader, outside any quotation. A long sentence of the story that happens to hold "an
// advertisement" or "help us" in a quote is not one.
func siteAppeal(toks []token, h *hits, inside []bool) bool {
	addresses := slices.ContainsFunc(h[lexAddress], func(m hit) bool { return !inside[m.start] })
	for _, m := range h[lexAppeal] {
		if inside[m.start] {
			continue
		}
		if wordCount(toks) <= 12 || addresses {
			return true
		}
	}
	return false
}

// claimBefore: a verb of the past or the present perfect stands before position k, outside
// quotation openers: the sentence reports something before its pledge or thanks ("The findings
// had enough proof of his involvement and we thank the panel").
func claimBefore(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		t := toks[j]
		if t.punct || t.capitalised() {
			continue
		}
		if _, _, ok := cueAt(toks, j); ok {
			continue // "X vowed revenge and said, “We will …”": the verb of saying, not a report
		}
		if strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 || irregularPasts[t.lower] || t.lower == "had" || t.lower == "has" || t.lower == "was" || t.lower == "were" {
			return true
		}
	}
	return false
}

// navigationLine is a line that is only a navigation label ("Related:", "Read more").
var navigationLine = regexp.MustCompile(`(?i)^(?:` + alternation(lexList("navigationLines")) + `)\s*:?\s*$`)

// mayBeCaption is a cheap test before the caption pattern: a caption starts with "(" or one of
// a handful of words.
func mayBeCaption(text string) bool {
	if text == "" {
		return false
	}
	if captionFirst[text[0]] {
		return strings.IndexByte(text[:min(len(text), 24)], ':') >= 0
	}
	return false
}

// captionLine is a line that opens with a caption label, perhaps plural and in brackets
// ("Photo:", "(Images: …)").
var captionLine = regexp.MustCompile(`(?i)^\(?\s*(?:` + alternation(lexList("captionLabels")) + `)s?\s*:`)

// captionFirst are the bytes a caption can start with: "(" and the labels' first letters.
var captionFirst = func() (first [256]bool) {
	first['('] = true
	for _, label := range lexList("captionLabels") {
		first[strings.ToLower(label[:1])[0]] = true
		first[strings.ToUpper(label[:1])[0]] = true
	}
	return first
}()

// alternation is a regular expression matching any of the words literally.
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, "|")
}

// speculates: the clause's verb is a modal of possibility ("Challenging the result could test
// …", "Every second could mean …"): a guess about what may happen, not a fact.
func speculates(toks []token) bool {
	start := 0
	for start < len(toks) && toks[start].punct {
		start++ // "‘India's probe could yield more finds’": a quoted headline
	}
	start = skipAdverbials(toks, start, len(toks))
	end := readNounPhrase(toks, start, len(toks))
	if end <= start || end >= len(toks) {
		return false
	}
	if negator[toks[start].lower] {
		return false // "Neither account could be verified": a negative finding, not a guess
	}
	if toks[end].text == "May" && !titleCase(toks) {
		return false // the month ("at its May meeting"), not the modal (but "Rates May Rise")
	}
	switch toks[end].lower {
	case "could":
		return end+1 < len(toks) && toks[end+1].lower != "not" && toks[end+1].lower != "have"
	case "might", "may":
		return end+1 < len(toks) && toks[end+1].lower != "have" // "may not appear again": still a guess
	}
	return false
}

var negator = lexWords("negator")

// pledgesOnly: every source of the sentence vows, pledges or promises ("China vows
// retaliation", "vowed Thursday that it would respond"): a pledge, which the devset's
// convention and a fact-checker's both leave out, however many names it holds.
func pledgesOnly(mentions []mention) bool {
	primaries, _ := splitRelays(mentions) // "…, Reuters reported": the outlet only relays the vow
	return len(primaries) > 0 && !slices.ContainsFunc(primaries, func(m mention) bool {
		return !pledgeCues[strings.ToLower(m.cueText)] || m.stance == "denies" || m.stance == "cannot-determine"
	})
}

var pledgeCues = lexWords("pledgeCues")

// appealCues ask for something rather than say what is so.
var appealCues = lexWords("appealCues")

func quoted(text string) bool {
	return strings.ContainsAny(text, `"“”`) || strings.Contains(text, "''")
}
