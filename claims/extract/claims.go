// Stage 11c, claims: a sentence and its mentions → a claims.Claim with attributions (source,
// words, spans, cue, stance, evidence, relays), hedges, kind, subjects, accusations and responses,
// plus its explanation (Sentence). Relays (an outlet passing on another source's words) and the
// documents a claim was read in are set apart from the sources.

package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// claimFor reads a sentence's attributions and, unless it turns out not to be a claim, adds it.
func (st *state) claimFor(bi int, s span, part string, via []claims.Source, toks []token, h *hits) {
	src := st.a.src
	text := string(src[s.start:s.end])
	q := quoting{inside: insideQuotes(toks), whole: -1}
	if st.cur != nil {
		q = st.cur.quoting
	}
	mentions := st.attributions(toks, h, q.inside)
	// "The church expressed its solidarity with the community, whose mosque was burned": a
	// sentiment is no one's report of what the sentence goes on to say happened
	mentions = slices.DeleteFunc(mentions, func(m mention) bool { return expressesSentiment(toks, m) && factAfterSentiment(toks, m) })
	orders, firstOrder := 0, -1
	for k, m := range mentions {
		if givesOrder(toks, m) {
			orders++
			if firstOrder < 0 {
				firstOrder = k
			}
		}
	}
	if orders > 0 {
		if first := skipAdverbials(toks, 0, len(toks)); orders == len(mentions) && first < len(toks) && !clauseOpeners[toks[first].lower] && tokenAfter(toks, mentions[firstOrder].start) <= first+1 {
			// "The mayor told residents to leave the valley.": an order is what the sentence says
			st.skipWith(s, part, "an appeal or an order, not a claim", mentions)
			return
		}
		// "When the officer told the man to drop the gun, he did not comply …": the order is
		// part of what happened, not its source
		mentions = slices.DeleteFunc(mentions, func(m mention) bool { return givesOrder(toks, m) })
	}
	if q.whole >= 0 {
		// Words wholly inside a quotation are the speaker's: a verb of saying among them
		// ("I will say that …") reports the speaker's own words, not another source, unless
		// it names a source the registry knows.
		mentions = slices.DeleteFunc(mentions, func(m mention) bool { return !m.src.Known })
	}
	if len(st.prefix) > 0 {
		stance := sentenceStance(h, toks)
		for _, m := range st.prefix {
			if stance != "" {
				m.stance = stance
			}
			// the suffix's words are not also the subject of a cue in the headline
			mentions = slices.DeleteFunc(mentions, func(o mention) bool { return o.start < m.end && m.start < o.end })
			mentions = append([]mention{m}, mentions...)
		}
	}
	if len(mentions) == 0 && slices.ContainsFunc(h[lexAddress], func(m hit) bool { return !q.inside[m.start] && !newsroomVoice(toks, m) }) && !quoted(text) && q.whole < 0 {
		st.skip(s, part, "addresses the reader (you/we), no source")
		return
	}
	if len(mentions) == 0 && slices.ContainsFunc(h[lexOpinion], func(m hit) bool { return !inRelativeAside(toks, m.start) }) &&
		!(q.whole >= 0 && h.has(lexNumber)) { // a speaker's figures stay a claim
		st.skip(s, part, "opinion, no source")
		return
	}
	if len(mentions) == 0 && (speculates(toks) || h.has(lexSpeculation)) {
		st.skip(s, part, "speculation (could, might), no source")
		return
	}
	if len(mentions) == 0 && q.whole < 0 && part != "headline" && readerImperative(toks) {
		st.skip(s, part, "tells the reader what to do, no source")
		return
	}
	if len(mentions) == 0 && q.whole < 0 && slices.ContainsFunc(h[lexPublicAppeal], func(m hit) bool {
		return !q.inside[m.start] && (m.start <= noCommentReach || onlySubjectBefore(toks, m.start))
	}) {
		st.skip(s, part, "an appeal to the public, no source")
		return
	}
	if part != "headline" && imperativeQuote(toks, q.inside, h) {
		st.skipWith(s, part, "an appeal or an order in the speaker's words, not a claim", mentions)
		st.noteSpeaker(bi, q, mentions)
		return
	}
	if part != "headline" && hypothetical(toks, q.inside) {
		st.skipWith(s, part, "a hypothetical or advice (if …, it could …), not a claim", mentions)
		st.noteSpeaker(bi, q, mentions)
		return
	}
	if reportedAppeal(toks, h, mentions) {
		st.skipWith(s, part, "an appeal to the public reported, not a claim", mentions)
		return
	}
	if len(mentions) > 0 && advises(toks, mentions) {
		st.skipWith(s, part, "advice or an opinion of what should be done, not a claim", mentions)
		return
	}
	if len(mentions) > 0 && condemnsOnly(toks, mentions) {
		st.skipWith(s, part, "a condemnation of an act, naming no one, not a claim", mentions)
		return
	}
	if reportsAQuestion(toks, mentions) {
		st.skipWith(s, part, "a question reported, not a claim", mentions)
		return
	}
	if part != "headline" && (introducesQuote(toks, mentions) || announcesStatement(toks, mentions) || speakerOnly(toks, mentions)) {
		st.skipWith(s, part, "a speaker introducing the quotation that follows, not a claim", mentions)
		st.noteSpeaker(bi, q, mentions)
		return
	}
	if part != "headline" && reportedFeeling(toks, h, mentions) {
		st.skipWith(s, part, "a feeling reported, with nothing checkable in it, not a claim", mentions)
		return
	}
	if part != "headline" && sentimentAct(toks, h) {
		st.skipWith(s, part, "a sentiment expressed (thanked, expressed optimism), not a claim", mentions)
		return
	}
	if part != "headline" && defendsOnly(toks, h) {
		st.skipWith(s, part, "a defence of a decision, with its reasons and nothing checkable, not a claim", mentions)
		return
	}
	if part != "headline" && reportedJudgement(toks, q.inside, h, mentions) {
		st.skipWith(s, part, "a judgement reported, with nothing checkable in it, not a claim", mentions)
		return
	}
	if part != "headline" && predictsOnly(toks, h, mentions) {
		st.skipWith(s, part, "a prediction or an intention with nothing checkable in it, not a claim", mentions)
		st.noteSpeaker(bi, q, mentions)
		return
	}
	if pledgesOnly(mentions) {
		st.skipWith(s, part, "a pledge (vowed, promised), not a claim", mentions)
		return
	}
	if part != "headline" && (quotedFeeling(toks, q.inside, h) || quotedJudgement(toks, q.inside, h) || quotedCharacterisation(toks, q.inside, h)) {
		st.skipWith(s, part, "a quotation of feeling or opinion with nothing checkable in it, not a claim", mentions)
		st.noteSpeaker(bi, q, mentions) // still the speaker of the quotation's other sentences
		return
	}
	if len(mentions) > 0 && !slices.ContainsFunc(mentions, func(m mention) bool { return !appeals(toks, m) }) && !saysMoreAfter(toks, mentions[0]) {
		st.skipWith(s, part, "an appeal or advice, not a claim", mentions)
		return
	}
	primaries, relays := splitRelays(mentions)
	for _, v := range via {
		relays = append(relays, mention{src: v, text: v.Text})
	}
	id := fmt.Sprintf("c%02d", len(st.doc.Claims)+1)
	if part == "headline" {
		id = "headline"
	}
	c := claims.Claim{ID: id, Text: text, Part: claims.Part(part), Span: st.lines.Span(s.start, s.end)}
	evidence := evidenceIn(h)
	for _, m := range primaries {
		at := st.attribution(m, evidence, relays)
		c.Attributions = append(c.Attributions, at)
		if slices.Contains(evidence, "physical-inspection") || slices.Contains(evidence, "forensic-analysis") {
			st.inspect[at.Source] = true
		}
	}
	for _, m := range h[lexHedge] {
		if inIndirectQuestion(toks, m.start) {
			continue // "did not say whether it was believed to be …": the hedge is in the question
		}
		c.Hedges = append(c.Hedges, string(src[toks[m.start].start:toks[m.end-1].end]))
	}
	c.Kind = classify(h, toks, c.Attributions, st.x.reg)
	c.Subjects = st.subjects(toks, primaries, c.Attributions)
	if !h.has(lexSelfClaim) { // claiming responsibility is about oneself, not an accusation
		agents := append(attackAgents(toks, st.x.reg), st.namedAgents(toks, h)...)
		if !h.has(lexMilitant) { // a strike on an armed group is reported, not imputed
			accusations(&c, primaries, agents)
		}
		imputesBreach(&c, toks, h, primaries)
		imputesHostileAct(&c, toks, h, primaries, agents, st.x.reg)
		imputesViolentAct(&c, toks, h, primaries)
		for i := range c.Attributions {
			if c.Attributions[i].Stance == claims.StanceAsserts && filesAccusation(toks, primaries[i]) {
				c.Attributions[i].Stance = claims.StanceAccuses // "said in the lawsuit that …"
			}
		}
		if imputedAccusation(toks, h, primaries) && !victimReport(toks, h) || imputesMisconduct(toks, h, primaries) || slices.ContainsFunc(h[lexNegative], func(m hit) bool { return falselyBySomeone(toks, m.start) }) { // "detained a tanker suspected of …, police said"
			for i := range c.Attributions {
				if c.Attributions[i].Stance == claims.StanceAsserts && !rankingCues[strings.ToLower(c.Attributions[i].Cue)] {
					c.Attributions[i].Stance = claims.StanceAccuses
				}
			}
		}
	}
	for i := range c.Attributions {
		if primaries[i].trailingDenial && c.Attributions[i].Stance == claims.StanceAsserts {
			c.Attributions[i].Stance = claims.StanceDenies // "…, the ministry said, denying reports …": the report imputes nothing, and the source denies
		}
	}
	c.RespondsTo = st.responses(bi, toks, h, c)
	if len(primaries) == 0 && q.whole >= 0 {
		stance, violentBy := sentenceStance(h, toks), ""
		if stance == "" && !h.has(lexSelfClaim) {
			var wrong bool
			if wrong, violentBy = quotedWrong(toks, h); wrong {
				stance = "accuses" // "“… he later went to prison for fraud,” …": the speaker, found later, imputes it
			}
		}
		st.pending = append(st.pending, pendingQuote{claim: len(st.doc.Claims), sentence: len(st.sents), region: q.whole,
			block: bi, stance: stance, violentBy: violentBy, before: st.lastSpeaker})
	}
	st.doc.Claims = append(st.doc.Claims, c)
	st.blockOf = append(st.blockOf, bi)
	st.claimToks = append(st.claimToks, toks)
	sent := Sentence{Span: *c.Span, Text: text, Part: part, Claim: id, Why: string(c.Kind) + " claim", Hedges: c.Hedges}
	for i, m := range primaries {
		sent.Attributions = append(sent.Attributions, st.explain(c.Attributions[i], m, evidence))
	}
	if len(primaries) == 0 {
		sent.Why += ", no source named"
	}
	st.sents = append(st.sents, sent)
	if part != "headline" {
		st.noteSpeaker(bi, q, primaries)
	}
}

// appeals: the mention's cue asks for something rather than says what is so ("urged", "called
// on"), or warns someone against doing something ("cautioned the public against buying").
func appeals(toks []token, m mention) bool {
	cue := strings.ToLower(m.cueText)
	if appealCues[cue] {
		return true
	}
	if !warningCues[cue] {
		return false
	}
	k := tokenAfter(toks, m.cueSpan.end)
	for j := k; j < len(toks) && j <= k+5 && !toks[j].punct; j++ {
		if toks[j].lower == "against" {
			return true
		}
		if toks[j].lower == "to" && j > k && j+1 < len(toks) && !toks[j+1].punct && !toks[j+1].capitalised() && !determiners[toks[j+1].lower] {
			return true // "warned them to be wary of …": whom it warns, then what they should do
		}
	}
	return false
}

// saysMoreAfter: after the appeal the source says something with a participle of its own
// ("urged the recall of the sleepers, calling them ‘deadly’"): the sentence reports that too.
func saysMoreAfter(toks []token, m mention) bool {
	for k := tokenAfter(toks, m.cueSpan.end); k+1 < len(toks); k++ {
		if toks[k].text == "," && sayingParticiples[toks[k+1].lower] {
			return true
		}
	}
	return false
}

// warningCues warn someone; before "against" they are an appeal.
var warningCues = lexWords("warningCues")

// splitRelays separates sources from relays: a wire agency or outlet that only passes on what
// another source in the same sentence said ("according to Reuters", "seen by Reuters",
// "Reuters reports that …") is a relay.
// outletHeads make an unknown phrase a news outlet ("the state-run Valley News", "the local newspaper").
var outletHeads = lexWords("outletHeads")

// hasCapitalised: a word of the phrase is capitalised (a name: "the Daily Bugle", not "some").
func hasCapitalised(phrase string) bool {
	return slices.ContainsFunc(strings.Fields(phrase), isCapitalised)
}

// obtainingCues name who obtained or saw the document that speaks ("seen by Reuters").
var obtainingCues = lexWords("obtainingCues")

// unknownOutlet: a phrase the registry does not know that names a news outlet by its head
// ("the local newspaper") or by a head after a word of news ("a news agency", "media outlets").
func unknownOutlet(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return false
	}
	head := strings.Trim(words[len(words)-1], ".,;:")
	return outletHeads[head] || len(words) > 1 && newsModifiers[words[len(words)-2]] && newsHeads[head]
}

// newsModifiers and newsHeads make "a news agency", "media outlets", "the wire service".
var newsModifiers, newsHeads = lexWords("newsModifiers"), lexWords("newsHeads")

func splitRelays(ms []mention) (primaries, relays []mention) {
	if len(ms) == 0 {
		return nil, nil // most sentences: no allocation
	}
	primaries = make([]mention, 0, len(ms))
	var documents []mention
	hasOther := false
	for _, m := range ms {
		if !isOutlet(m.src) {
			hasOther = true
		}
	}
	prepAfter := func(m mention) bool { // a prep cue after m's: "Investigators found …, according to the bureau"
		return slices.ContainsFunc(ms, func(o mention) bool {
			return o.cue.kind == cuePrep && !isOutlet(o.src) && o.cueSpan.start > m.cueSpan.start
		})
	}
	for _, m := range ms {
		if m.relayOnly {
			relays = append(relays, m)
			continue
		}
		if m.cue.kind == cueVerb && !m.src.Known && bareNoun(m.text) && prepAfter(m) {
			continue // "Investigators found …, according to the bureau": the bureau is the source
		}
		laterOther := slices.ContainsFunc(ms, func(o mention) bool { return !isOutlet(o.src) && o.cueSpan.start > m.cueSpan.start && o.start > m.end })
		closesOther := m.closes && slices.ContainsFunc(ms, func(o mention) bool { return !isOutlet(o.src) && o.cue.kind != cuePrep && o.cueSpan.end <= m.start })
		if hasOther && isOutlet(m.src) && (m.cue.kind == cuePrep || m.cue.kind == cueRelay || m.cue.kind == cueVerb && (laterOther || closesOther)) {
			// (an outlet's "said" before another source's words relays them: "ANSA said migrants told …";
			// so does one that closes another source's report: "The ministry denied …, the Mehr news
			// agency said", not "Acme denied it, but CNBC said emails showed otherwise")
			relays = append(relays, m)
			continue
		}
		if (hearingVerbs[lowerWord(m.cueText)] || m.cue.kind == cuePrep && obtainingCues[strings.ToLower(m.cueText)] && (m.src.Known || hasCapitalised(m.text))) && slices.ContainsFunc(ms, func(o mention) bool {
			return !hearingVerbs[lowerWord(o.cueText)] && o.src.ID != m.src.ID && o.cueSpan != m.cueSpan
		}) {
			// "X told police he did not kill her, a court heard": the court relays X; "An email,
			// obtained by the Daily Bugle, said …": the paper that obtained it relays the email
			relays = append(relays, m)
			continue
		}
		if !m.src.Known && unknownOutlet(m.text) && slices.ContainsFunc(ms, func(o mention) bool {
			return o.src.ID != m.src.ID && !isOutlet(o.src) && !unknownOutlet(o.text)
		}) {
			// "A reported 40 deaths, state-run Valley News reported", "…, as cited by a news
			// agency": the outlet relays A
			relays = append(relays, m)
			continue
		}
		coordinate := slices.ContainsFunc(ms, func(o mention) bool { return o.start != m.start && o.cueSpan == m.cueSpan }) // "according to the report and officials"
		if len(ms) > 1 && !m.src.Known && documentNouns[headNoun(m.text)] && !coordinate {
			documents = append(documents, m)
			continue // where the claim was read; the sentence names who made it
		}
		primaries = append(primaries, m)
	}
	// "Forbes published an article alleging …": the document is the object of its author's
	// verb, and what the document does (alleges) its author does
	for _, d := range documents {
		for k := range primaries {
			if p := &primaries[k]; p.cue.kind == cueVerb && p.cueSpan.end <= d.start && d.start-p.cueSpan.end <= 1 && stanceRank[d.stance] > stanceRank[p.stance] {
				p.stance = d.stance
			}
		}
	}
	return primaries, relays
}

// stanceRank orders stances by how much they say against the claim: merged mentions of one
// source keep the higher.
var stanceRank = map[string]int{"asserts": 0, "accuses": 1, "cannot-determine": 2, "denies": 3}

// bareNoun: a common noun with no determiner or name ("Investigators", "Residents").
func bareNoun(phrase string) bool {
	words := strings.Fields(phrase)
	return len(words) == 1 && !acronymWord(words[0]) && !surnameLike(phrase)
}

// surnameLike: one capitalised word that is not a common noun ("investigators", "police") or an
// acronym: a person named by surname ("Gao said …, according to the news service": Gao speaks).
func surnameLike(phrase string) bool {
	words := strings.Fields(phrase)
	if len(words) != 1 || acronymWord(words[0]) || !isCapitalised(words[0]) {
		return false
	}
	l := strings.ToLower(words[0])
	return !strings.HasSuffix(l, "s") && !groupNouns[l] && !personTitles[l] && !orgHeads[l]
}

func headNoun(phrase string) string {
	words := strings.Fields(strings.ToLower(phrase))
	for i, w := range words {
		if w == "seen" || w == "by" || w == "compiled" || w == "obtained" || w == "of" {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	return strings.Trim(words[len(words)-1], ".,;:")
}

// Document nouns: "according to a confidential assessment" names where a claim was read, not
// who made it, when the sentence also names who made it.
var documentNouns = lexWords("documentNouns")

// attribution is the claims-file form of a mention: the source, the words that name it and
// where, the cue, the stance, the evidence the sentence mentions and the relays it names.
func (st *state) attribution(m mention, evidence []string, relays []mention) claims.Attribution {
	at := claims.Attribution{Source: sourceRef(m.src), SourceText: strings.TrimSpace(m.text), Cue: m.cueText, Stance: claims.Stance(m.stance),
		SourceSpan: st.lines.Span(m.start, m.end), CueSpan: st.lines.Span(m.cueSpan.start, m.cueSpan.end)}
	if m.ante != nil {
		at.AntecedentSpan = st.lines.Span(m.ante.start, m.ante.end)
	}
	if !m.src.Known && len(m.src.Affiliations) > 0 {
		at.Affiliations = m.src.Affiliations
	}
	for _, e := range evidence {
		at.Evidence = append(at.Evidence, claims.Evidence(e))
	}
	for _, r := range relays {
		at.Via = append(at.Via, sourceRef(r.src))
	}
	return at
}

// sourceRef is how a claims file names a source: its registry id, or the words the text used.
func sourceRef(s claims.Source) string {
	if s.Known {
		return s.ID
	}
	return strings.TrimSpace(s.Text)
}

// explain is an attribution with the words and reasoning that made it.
func (st *state) explain(at claims.Attribution, m mention, evidence []string) Explained {
	return Explained{Source: at.Source, SourceText: m.text, SourceSpan: at.SourceSpan, CueSpan: at.CueSpan, Cue: m.cueText,
		Stance: string(at.Stance), Evidence: evidence, Via: at.Via, Resolved: m.how}
}

func (st *state) skip(s span, part, why string) {
	st.sents = append(st.sents, Sentence{Span: *st.lines.Span(s.start, s.end), Text: string(st.a.src[s.start:s.end]), Part: part, Why: why})
}

// skipWith explains a sentence that is not a claim but names sources (a question, an appeal,
// a no-comment note): who spoke is still shown, and still counts for later pronouns.
func (st *state) skipWith(s span, part, why string, mentions []mention) {
	st.skip(s, part, why)
	sent := &st.sents[len(st.sents)-1]
	for _, m := range mentions {
		sent.Attributions = append(sent.Attributions, st.explain(st.attribution(m, nil, nil), m, nil))
	}
}

var indirectQuestion = lexWords("indirectQuestion")

// inIndirectQuestion: a "whether" or "if" opens the clause the word at k stands in.
func inIndirectQuestion(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].punct {
			return false
		}
		if indirectQuestion[toks[j].lower] {
			return true
		}
	}
	return false
}

// introducesQuote: the sentence is only a speaker and a verb of saying before a colon
// ("A spokesman, Lt. Omar Diaz, said:"); what was said follows, in the next sentence.
func introducesQuote(toks []token, mentions []mention) bool {
	last := len(toks) - 1
	if len(mentions) == 0 || last < 1 || toks[last].text != ":" {
		return false
	}
	for _, m := range mentions {
		k := tokenAfter(toks, m.cueSpan.end)
		for k < last && (timeWord(toks[k]) || weekdays[toks[k].lower] || toks[k].lower == "on" && k+1 < last && (timeWord(toks[k+1]) || weekdays[toks[k+1].lower]) || adverb(toks[k])) {
			k++
		}
		if k < last && last-k <= 6 && introTopic[toks[k].lower] && !slices.ContainsFunc(toks[k:last], func(t token) bool { return t.punct }) {
			k = last // "released the following statement about the incident:"
		}
		if k != last {
			return false
		}
	}
	return true
}

// expressesSentiment: the source expresses, conveys or offers a sentiment ("The church has
// expressed its solidarity with …", "offered condolences to the families", "expressed
// satisfaction after a judge denied …"): the sentiment is not a report of what happened.
func expressesSentiment(toks []token, m mention) bool {
	if m.cue.kind != cueVerb || !sentimentVerbs[strings.ToLower(m.cueText)] {
		return false
	}
	k := tokenAfter(toks, m.cueSpan.end)
	for k < len(toks) && (determiners[toks[k].lower] || adverb(toks[k]) || adjectiveLike(toks[k]) && k+1 < len(toks) && sentimentNouns[toks[k+1].lower]) {
		k++ // "its", "deep", "heartfelt"
	}
	return k < len(toks) && sentimentNouns[toks[k].lower]
}

// givesOrder: the cue is a verb of ordering with an object and "to" ("told the man to drop
// the gun", "ordered residents to leave").
func givesOrder(toks []token, m mention) bool {
	c := tokenAfter(toks, m.cueSpan.start)
	return m.cue.kind == cueVerb && c < len(toks) && orderVerbs[toks[c].lower] && objectThenTo(toks, tokenAfter(toks, m.cueSpan.end))
}

// factAfterSentiment: after the sentiment the sentence says what happened ("… expressed
// satisfaction after a judge denied the request", "… solidarity with the community, whose
// mosque was destroyed"): a claim, with no source for it.
func factAfterSentiment(toks []token, m mention) bool {
	for k := tokenAfter(toks, m.cueSpan.end); k < len(toks); k++ {
		if factOpeners[toks[k].lower] {
			return true
		}
	}
	return false
}

var factOpeners = lexWords("factOpeners")

var sentimentVerbs, sentimentNouns = lexWords("sentimentVerbs"), lexWords("sentimentNouns")

// speakerOnly: the sentence is only who spoke, its verb and whom it told ("Bradshaw told Local
// 10 News.", "added Caceres.", "The mayor said on Monday."): it introduces words given apart
// and says nothing itself.
func speakerOnly(toks []token, mentions []mention) bool {
	if len(mentions) != 1 || mentions[0].cue.kind != cueVerb || !sayingVerbs[strings.ToLower(mentions[0].cueText)] && strings.ToLower(mentions[0].cueText) != "told" {
		return false
	}
	m := mentions[0]
	told := strings.EqualFold(m.cueText, "told")
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		switch {
		case t.start >= m.start && t.end <= m.end && (t.is(clsIrregularPast) || t.is(clsClauseVerb) || strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !t.capitalised()):
			return false // the phrase read as the source holds a clause ("Staff at the hotel broke down a door …, X told CNN")
		case t.start >= m.start && t.end <= m.end, t.start >= m.cueSpan.start && t.end <= m.cueSpan.end:
		case t.punct && (k == len(toks)-1 || t.text == ","):
		case timeWord(*t) || weekdays[t.lower] || t.lower == "on" || t.lower == "in" && k+1 < len(toks) && timeWord(toks[k+1]):
		case told && t.start > m.cueSpan.end && (t.capitalised() || t.number() || addressees[t.lower]):
		default:
			return false
		}
	}
	return true
}

// addressees are whom a source told, besides a capitalised name ("told reporters", "told the
// local paper").
var addressees = lexWords("addressees")

// announcesStatement: every cue hands over a statement ("A spokesman gave a brief
// clarification on Monday", "They released a statement from Dr. Ann Lee, the safety chief.")
// and nothing after it says what it holds: the sentence announces the words that follow.
func announcesStatement(toks []token, mentions []mention) bool {
	if len(mentions) == 0 {
		return false
	}
	for _, m := range mentions {
		if len(m.cue.words) < 2 || !statementNouns[m.cue.words[len(m.cue.words)-1]] {
			return false
		}
		for k := tokenAfter(toks, m.cueSpan.end); k < len(toks); k++ {
			t := toks[k]
			if relativePronouns[t.lower] && toks[k-1].text == "," {
				for k+1 < len(toks) && toks[k+1].text != "," {
					k++ // "from Dr. Tom Gill, who is head of safety, …": an aside on the author
				}
				continue
			}
			if t.lower == "about" || t.lower == "regarding" || t.lower == "concerning" {
				return false // "issued a joint statement with X about a possible merger": what it is about is news
			}
			if t.number() && !timeWords[toks[max(0, k-1)].lower] || t.lower == "that" || t.lower == "saying" || clauseVerbs[t.lower] || auxiliaries[t.lower] && !determiners[t.lower] {
				return false // "issued a statement saying …", "… that the plant would close"
			}
			if _, _, ok := cueAt(toks, k); ok {
				return false
			}
		}
	}
	return true
}

// introTopic opens what an introduced statement is about or whom it is for ("about the
// incident:", "to staff:").
var introTopic = lexWords("introTopic")

// inRelativeAside: the word at k stands in a relative clause set off by a comma (", where one
// train should stop"), which describes a thing of the main clause rather than judging.
func inRelativeAside(toks []token, k int) bool {
	for j := k - 1; j > 0; j-- {
		if toks[j].punct {
			return false // "The plan, which was approved, should be scrapped": the modal is the main clause's
		}
		if relativePronouns[toks[j].lower] || toks[j].lower == "where" {
			return toks[j-1].text == ","
		}
	}
	return false
}

// reportedFeeling: every source is reported to feel something and nothing else ("Shop
// stewards said they were hopeful about the talks", "The manager said she had mixed feelings"):
// the cue's words are a pronoun, a verb of being or feeling and a word of feeling (lexicon
// "feeling"), with no number, name, act or finding.
func reportedFeeling(toks []token, h *hits, mentions []mention) bool {
	if len(mentions) == 0 {
		return false
	}
	from := len(toks)
	for _, m := range mentions {
		k := tokenAfter(toks, m.cueSpan.end)
		if k < len(toks) && toks[k].lower == "that" {
			k++
		}
		if m.stance != "asserts" {
			return false // "said it was disappointed with the ruling" rejects it: a claim
		}
		if m.cue.kind != cueVerb || k+1 >= len(toks) || !pronounWords[toks[k].lower] && toks[k].lower != "i" || !feelingVerbs[toks[k+1].lower] {
			return false
		}
		from = min(from, k+2)
	}
	if !slices.ContainsFunc(h[lexFeeling], func(m hit) bool { return m.start >= from }) {
		return false
	}
	for _, t := range toks[from:] {
		if t.number() || t.capitalised() && t.lower != "i" {
			return false
		}
	}
	for _, l := range []lexID{lexEvent, lexLegal, lexResponsibility, lexProvenance, lexQuantityNoun, lexCannot, lexNegative, lexAccusatory} {
		if slices.ContainsFunc(h[l], func(m hit) bool { return m.start >= from }) {
			return false
		}
	}
	return true
}

// feelingVerbs join a pronoun to a feeling ("they were optimistic", "he felt", "she had mixed feelings").
var feelingVerbs = lexWords("feelingVerbs")

// quotedFeeling: the sentence is a speaker's quoted words (most of its words are inside
// quotation marks), those words carry a judgement or a feeling (lexicon "feeling"), and they
// state nothing a fact-checker could check — no number, no name, no act, finding, origin,
// breach or toll ("“Time is running out,” the group said",
// "“It's a tragedy for all of us.”").
func quotedFeeling(toks []token, inside []bool, h *hits) bool {
	quoted := 0
	for i, t := range toks {
		if t.punct || !inside[i] {
			continue
		}
		quoted++
		if t.number() || wordIn(lexNumber, t.lower) {
			return false
		}
		if t.capitalised() && !firstPerson(t) && !firstWordOfQuote(toks, inside, i) {
			return false // a name: someone or something a reader could look up
		}
	}
	if quoted == 0 || !quotationIsTheSentence(toks, inside) {
		return false
	}
	if !slices.ContainsFunc(h[lexFeeling], func(m hit) bool { return inside[m.start] }) {
		return false
	}
	for _, l := range []lexID{lexEvent, lexLegal, lexResponsibility, lexProvenance, lexQuantityNoun, lexCannot, lexNegative, lexAccusatory} {
		for _, m := range h[l] {
			if inside[m.start] {
				return false
			}
		}
	}
	return true
}

// firstWordOfQuote: the word at i opens the quotation's sentence (after a quotation mark, or
// at the start of a sentence that continues a quotation).
func firstWordOfQuote(toks []token, inside []bool, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if !toks[k].punct {
			return false
		}
		if opensQuote(toks[k]) || toks[k].text == "“" {
			return true
		}
	}
	return true
}

// quoteThenSpeaker: after the quotation closes, only its attribution follows — a verb of
// saying and who said it, with a time or place ("…,” the group said on Tuesday").
func quoteThenSpeaker(toks []token, inside []bool) bool {
	last := -1
	for i := range toks {
		if inside[i] {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	for k := last + 1; k < len(toks); k++ {
		if inside[k] {
			return false
		}
		if sayingVerbs[toks[k].lower] {
			// only the attribution follows: a time or a place, not a clause of its own
			// ("…,” X said Saturday that all of the targets were hit" reports more)
			rest := 0
			for j := k + 1; j < len(toks); j++ {
				if toks[j].lower == "that" || inside[j] {
					return false
				}
				if !toks[j].punct {
					rest++
				}
			}
			return rest <= 8
		}
	}
	return false
}

// quotationIsTheSentence: the sentence is a speaker's quoted words — wholly quoted, mostly
// quoted, or a quotation followed only by its attribution.
func quotationIsTheSentence(toks []token, inside []bool) bool {
	words, quoted := 0, 0
	for i, t := range toks {
		if !t.punct {
			words++
			if inside[i] {
				quoted++
			}
		}
	}
	if words == 0 {
		return false
	}
	return quoted*10 >= words*7 || (opensQuote(toks[0]) || inside[0]) && quoteThenSpeaker(toks, inside) || speakerThenQuote(toks, inside)
}

// speakerThenQuote: the sentence is an attribution and then the quotation, to its end
// ("Dr. X, the regional director, said, “We must act quickly.”"): a verb of saying, a comma or
// colon and an opening mark come before the first quoted word, and nothing follows the quote.
func speakerThenQuote(toks []token, inside []bool) bool {
	first := slices.Index(inside, true)
	if first < 2 || !opensQuote(toks[first-1]) {
		return false
	}
	if p := toks[first-2].text; p != "," && p != ":" {
		return false
	}
	if !slices.ContainsFunc(toks[:first], func(t token) bool { return sayingVerbs[t.lower] }) {
		return false
	}
	for k := first; k < len(toks); k++ {
		if !inside[k] && !toks[k].punct {
			return false
		}
	}
	return true
}

// victimReport: every wrong the sentence names is done to what the source owns, in the passive
// and with no agent — "the bank said some data of its clients was stolen", "our accounts were
// hacked": the source reports its own loss and imputes it to no one.
func victimReport(toks []token, h *hits) bool {
	for _, m := range h[lexAccusatory] {
		if unnamedCulprit(toks, m.start) || noneSuffered(toks, m.start) {
			continue // "hackers may have stolen customer passwords": done by no one named; "no card data was stolen"
		}
		passive := m.start > 0 && (beForms[toks[m.start-1].lower] || !toks[m.start-1].punct && strings.HasSuffix(toks[m.start].lower, "en"))
		agent := m.end < len(toks) && toks[m.end].lower == "by" || m.end+1 < len(toks) && toks[m.end+1].lower == "by"
		owned := false
		for k := max(0, m.start-8); k < m.start; k++ {
			if ownPossessives[toks[k].lower] {
				owned = true
			}
		}
		if !passive || agent || !owned {
			return false
		}
	}
	return h.has(lexAccusatory)
}

// unnamedCulprit: the act at k is done by a culprit left unnamed, just before it ("hackers
// may have stolen …", "thieves stole"), not a party's ("Russian hackers", "hackers for X").
func unnamedCulprit(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].lower == "may" || toks[j].lower == "might" || toks[j].lower == "could" || toks[j].lower == "have" || toks[j].lower == "had" || toks[j].lower == "has") {
		j--
	}
	if j < 0 || !unnamedCulprits[toks[j].lower] {
		return false
	}
	return j == 0 || !toks[j-1].capitalised() || toks[j-1].punct || determiners[toks[j-1].lower]
}

var unnamedCulprits = lexWords("unnamedCulprits")

// noneSuffered: "no" opens the clause of the passive act at k a few words before it ("no card
// data was stolen"): nothing was done, to anyone.
func noneSuffered(toks []token, k int) bool {
	if k == 0 || !beForms[toks[k-1].lower] {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if toks[j].punct {
			return false
		}
		if toks[j].lower == "no" {
			return true
		}
	}
	return false
}

// imputesMisconduct: the reported words describe a wrongful act (lexicon "misconduct") outside
// the sources' own words, not negated ("was not negligent") and not the speaker's own ("we were
// careless"; a first person suffering it, "we were prevented from voting", still imputes it).
func imputesMisconduct(toks []token, h *hits, primaries []mention) bool {
	for _, m := range h[lexMisconduct] {
		if inMentions(toks, m.start, primaries) || negatedAt(toks, m.start) || m.start > 0 && (toks[m.start-1].lower == "no" || toks[m.start-1].lower == "into") {
			continue // "reported no irregularities"; "an investigation into vote-buying" looks into a wrong, imputes none
		}
		if underInquiry(toks, m.start) || exampleOfKind(toks, m.start) || wrongAsTopic(toks, m) {
			continue // "is investigating allegations of sexual misconduct", "crimes such as harassment": looked into or a kind, not imputed
		}
		suffered := m.start > 0 && beForms[toks[m.start-1].lower] && (strings.HasSuffix(toks[m.start].lower, "ed") || strings.HasSuffix(toks[m.start].lower, "en"))
		own := false
		for k := max(0, m.start-3); k < m.start; k++ {
			if firstPerson(toks[k]) || toks[k].lower == "we" {
				own = true
			}
		}
		if !own || suffered {
			return true
		}
	}
	return false
}

// imputedAccusation: an accusatory word stands in the reported words other than a wrong under
// inquiry ("investigating allegations of sexual misconduct"); "suspected of", "charged with"
// impute however they are reported. Inside a source's own phrase ("The man accused of murder
// told police …") it describes who speaks, not what is said.
func imputedAccusation(toks []token, h *hits, primaries []mention) bool {
	return slices.ContainsFunc(h[lexAccusatory], func(m hit) bool {
		return (m.end-m.start > 1 || !underInquiry(toks, m.start)) && !inMentions(toks, m.start, primaries) && !exampleOfKind(toks, m.start) && !wrongAsTopic(toks, m)
	})
}

// wrongAsTopic: the wrong hit m names a field of inquiry or of prevention, nobody's act — it
// modifies an inquiry noun ("a corruption investigation", "a fraud probe") or is the object of
// a verb of fighting it ("combating money laundering", "to prevent fraud").
func wrongAsTopic(toks []token, m hit) bool {
	if m.end < len(toks) && topicInquiries[toks[m.end].lower] {
		return true
	}
	for j := m.start - 1; j >= 0 && j >= m.start-2; j-- {
		if combatingWords[toks[j].lower] {
			return true
		}
		if toks[j].punct {
			break
		}
	}
	return false
}

var topicInquiries, combatingWords = lexWords("topicInquiries"), lexWords("combatingWords")

// exampleOfKind: the wrong at k is an example after "such as" ("investigating crimes such as
// stalking and fraud"): a kind named, nobody's act.
func exampleOfKind(toks []token, k int) bool {
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if toks[j].lower == "as" && toks[j-1].lower == "such" {
			return true
		}
		if toks[j].punct && toks[j].text != "," {
			return false
		}
	}
	return false
}

// underInquiry: a few words before k an inquiry or an allegation governs the wrong ("is
// investigating allegations of misconduct", "a probe into claims of harassment").
func underInquiry(toks []token, k int) bool {
	for j := max(0, k-5); j < k; j++ {
		if inquiryWords[toks[j].lower] {
			return true
		}
	}
	return false
}

var inquiryWords = lexWords("inquiryWords")

var (
	// beForms make a passive of the participle after them ("was stolen").
	beForms = lexWords("beForms")
	// ownPossessives point back to the speaker ("its customers", "our systems").
	ownPossessives = lexWords("ownPossessives")
)

// firstPerson: "I" and its contractions ("I’m", "I've") are the speaker, not a name.
func firstPerson(t token) bool {
	return t.lower == "i" || strings.HasPrefix(t.lower, "i’") || strings.HasPrefix(t.lower, "i'")
}

// newsroomVoice: the outlet speaks of its own staff ("manhandled our cameraman", "told our
// correspondent"): the story's own report, not an address to the reader.
func newsroomVoice(toks []token, m hit) bool {
	return m.end-m.start == 1 && toks[m.start].lower == "our" && m.end < len(toks) && newsroomStaff[toks[m.end].lower]
}

var newsroomStaff = lexWords("newsroomStaff")
