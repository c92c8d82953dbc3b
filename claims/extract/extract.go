package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Extractor finds claims in articles. Build it once; it is safe for concurrent use.
type Extractor struct {
	reg *claims.Registry
}

// New returns an extractor that resolves sources and places with reg.
func New(reg *claims.Registry) *Extractor { return &Extractor{reg: reg} }

// Result is what extraction found: the claims file, and every sentence with the reason it was
// or was not taken as a claim.
type Result struct {
	Document  *claims.Document
	Sentences []Sentence
}

// Sentence explains one sentence of the article.
type Sentence struct {
	Span  claims.Span `json:"span"`
	Text  string      `json:"text"`
	Part  string      `json:"part"`
	Claim string      `json:"claim,omitempty"` // the claim id, when the sentence is a claim
	// Why says why the sentence is not a claim ("reader appeal"), or what kind of claim it is.
	Why          string      `json:"why"`
	Attributions []Explained `json:"attributions,omitempty"`
	Hedges       []string    `json:"hedges,omitempty"`
}

// Explained is one attribution with the words that made it.
type Explained struct {
	Source     string       `json:"source"`
	SourceText string       `json:"source_text"`
	SourceSpan *claims.Span `json:"source_span,omitempty"`
	CueSpan    *claims.Span `json:"cue_span,omitempty"`
	Cue        string       `json:"cue"`
	Stance     string       `json:"stance"`
	Evidence   []string     `json:"evidence,omitempty"`
	Via        []string     `json:"via,omitempty"`
	Resolved   string       `json:"resolved"` // how the source was identified
}

// mention is a source the sentence names, with its cue.
type mention struct {
	text       string
	start, end int
	src        claims.Source
	how        string
	ante       *span // where the source a pronoun or anaphor resolves to was named
	cue        cue
	cueText    string
	cueSpan    span
	stance     string
}

// state carries what a document has said so far: sources in order of mention (for "the
// monitors", "they") and the claims made.
type state struct {
	x         *Extractor
	a         *article
	lines     *claims.LineIndex
	salience  []salient       // sources in order of mention, for pronouns and phrases that refer back
	ahead     []claims.Source // every registry source the document names, in order (for leads)
	doc       *claims.Document
	blockOf   []int // block index of each claim
	inspect   map[string]bool
	sents     []Sentence
	found     map[string]foundName
	prefix    []mention // a headline's "Source:" prefix or "…: Source" suffix, while the headline is read
	segs      []segment
	looked    bool // whether ahead has been filled (on first need: most documents never need it)
	content   []map[string]bool
	claimToks [][]token // the tokens of each claim, for content words
	hits      hits      // lexicon matches of the sentence being read, reused
	named     map[string]namedSource
	// the quotation stage: speakers by quotation, the latest speaker, and quoted claims
	// waiting for the end of their paragraph (quotes.go)
	speakers    map[int]*speaker
	lastSpeaker *speaker
	pending     []pendingQuote
	cur         *segment // the sentence being read (nil for the headline)
}

// Extract reads an article (plain text or Markdown by extension) and returns its claims.
func (x *Extractor) Extract(path string, src []byte) *Result {
	a := parseArticle(path, src)
	st := &state{x: x, a: a, lines: claims.NewLineIndex(src), inspect: map[string]bool{}, found: map[string]foundName{}, named: map[string]namedSource{}, speakers: map[int]*speaker{},
		doc: &claims.Document{Path: path, Title: a.title, Outlet: a.outlet, Date: a.date, Claims: []claims.Claim{}}}
	segs := segments(a)
	st.segs = segs
	afterRelated := false
	next := 0
	for bi, b := range a.blocks {
		text := string(src[b.start:b.end])
		if len(text) <= 40 && navigationLine.MatchString(text) {
			st.skip(span{b.start, b.end}, "body", "navigation or related-links line")
			afterRelated = true
			continue
		}
		if bi == 0 && st.isHeadline(b, text) {
			st.headline(b)
			continue
		}
		if b.heading {
			st.skip(span{b.start, b.end}, "body", "section heading")
			continue
		}
		part := "body"
		if mayBeCaption(text) && captionLine.MatchString(text) {
			part = "caption"
		}
		for ; next < len(segs) && segs[next].block <= bi; next++ {
			if segs[next].block == bi {
				st.sentence(bi, &segs[next], part, afterRelated)
			}
		}
		st.settleQuotes()
	}
	st.propagateInspection()
	return &Result{Document: st.doc, Sentences: st.sents}
}

// mayBeCaption is a cheap test before the caption pattern: a caption starts with "(" or one of
// a handful of words.
func mayBeCaption(text string) bool {
	if text == "" {
		return false
	}
	switch text[0] {
	case '(', 'P', 'p', 'I', 'i', 'S', 's', 'C', 'c', 'V', 'v':
		return strings.IndexByte(text[:min(len(text), 24)], ':') >= 0
	}
	return false
}

var captionLine = regexp.MustCompile(`(?i)^\(?\s*(?:photo|image|source|credit|caption|video|illustration)s?\s*:`)

func (st *state) isHeadline(b block, text string) bool {
	if st.a.markdown {
		return b.heading
	}
	t := strings.TrimSpace(text)
	if t == "" || strings.Contains(t, "\n") {
		return false
	}
	last := t[len(t)-1]
	return last != '.' && last != '!' && last != '?' && len(strings.Fields(t)) >= 3
}

// headline takes the first line: "Reuters: UN monitors confirm …" is the monitors via Reuters.
func (st *state) headline(b block) {
	src := st.a.src
	start := b.start
	for start < b.end && (src[start] == '#' || src[start] == ' ') {
		start++
	}
	var via []claims.Source
	var prefixSource *mention
	for i, t := range tokenize(src, start, b.end) {
		if i > 5 {
			break
		}
		if t.text == ":" && i > 0 {
			prefix := string(src[start:t.start])
			s := st.x.reg.Resolve(prefix)
			switch {
			case isOutlet(s):
				via = append(via, s) // "Reuters: …" relays the headline's source
				start, _ = trimSpan(src, t.end, b.end)
			case isCapitalised(prefix) && i <= 4:
				// "Officials: …", "Police: …" name the headline's source.
				sp := span{start, t.start}
				prefixSource = &mention{text: prefix, start: sp.start, end: sp.end, src: st.seen(s, prefix, sp), how: "headline prefix",
					cue: cue{kind: cueVerb, stance: "asserts"}, cueText: ":", cueSpan: span{t.start, t.end}, stance: "asserts"}
				start, _ = trimSpan(src, t.end, b.end)
			}
			break
		}
	}
	if st.doc.Title == "" {
		st.doc.Title = string(src[start:b.end])
	}
	toks := tokenize(src, start, b.end)
	if prefixSource != nil {
		st.prefix = append(st.prefix, *prefixSource)
	}
	if m, ok := st.headlineSuffix(toks); ok {
		st.prefix = append(st.prefix, m)
	}
	st.claimFor(-1, span{start, b.end}, "headline", via, toks, lexicons.scan(toks))
	st.prefix = nil
}

// headlineSuffix reads a source that a headline names at its end: "…, says the minister",
// "…, the minister says", "…: Bloomberg", "… – Kremlin", "… -WHO", "…: report".
func (st *state) headlineSuffix(toks []token) (mention, bool) {
	n := len(toks)
	if n < 4 {
		return mention{}, false
	}
	last := -1 // the last separator: a comma, a colon or a dash
	for k := n - 2; k >= 1 && k >= n-7; k-- {
		if t := toks[k].text; t == "," || t == ":" || t == "–" || t == "—" || t == "-" {
			last = k
			break
		}
	}
	if last < 0 {
		return mention{}, false
	}
	from, to := last+1, n
	cueFrom, cueTo := toks[last].start, toks[last].end
	switch {
	case toks[last].text == "," && (toks[from].lower == "says" || toks[from].lower == "said"):
		cueFrom, cueTo = toks[from].start, toks[from].end
		from++
	case toks[last].text == "," && (toks[n-1].lower == "says" || toks[n-1].lower == "said"):
		cueFrom, cueTo = toks[n-1].start, toks[n-1].end
		to--
	case toks[last].text == ",":
		return mention{}, false
	case !toks[from].capitalised() && toks[from].lower != "report" && toks[from].lower != "reports" && toks[from].lower != "sources" && toks[from].lower != "officials":
		return mention{}, false
	}
	if from >= to || to-from > 5 {
		return mention{}, false
	}
	for k := from; k < to; k++ {
		if toks[k].punct && toks[k].text != "." && toks[k].text != "’" && toks[k].text != "'" {
			return mention{}, false
		}
	}
	sp := span{toks[from].start, toks[to-1].end}
	text := string(st.a.src[sp.start:sp.end])
	src, how, ante, ok := st.resolve(text, sp, toks)
	if !ok {
		return mention{}, false
	}
	return mention{text: text, start: sp.start, end: sp.end, src: src, how: "headline suffix: " + how, ante: ante,
		cue: cue{kind: cueVerb, stance: "asserts"}, cueText: string(st.a.src[cueFrom:cueTo]), cueSpan: span{cueFrom, cueTo}, stance: "asserts"}, true
}

func (st *state) skip(s span, part, why string) {
	st.sents = append(st.sents, Sentence{Span: *st.lines.Span(s.start, s.end), Text: string(st.a.src[s.start:s.end]), Part: part, Why: why})
}

// segment is a sentence with its tokens, read once for both passes, and its quotation marks.
type segment struct {
	block int
	span
	toks    []token
	quoting quoting
}

func segments(a *article) []segment {
	var out []segment
	// One slab of tokens for the whole article: fewer, larger allocations for the collector.
	slab := make([]token, 0, len(a.src)/5+8)
	region := 0
	for bi, b := range a.blocks {
		first := len(out)
		for _, s := range sentences(a.src, b.start, b.end) {
			from := len(slab)
			slab = tokenizeInto(slab, a.src, s.start, s.end)
			out = append(out, segment{block: bi, span: s, toks: slab[from:len(slab):len(slab)]})
		}
		markQuotes(out, first, len(out), &region)
	}
	return out
}

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
	case h.has(lexAppeal) || afterRelated && h.has(lexAddress):
		st.skip(s, part, "reader appeal or site boilerplate")
		return
	case strings.HasSuffix(strings.TrimRight(text, `"'”’)`), "?"):
		why = "question"
	case wordCount(toks) < 4 && !h.has(lexNumber):
		why = "fragment"
	case h.has(lexNoComment):
		why = "a note that someone did not answer or that it is not known, not a claim"
	case h.has(lexPledge) && (sg.quoting.whole >= 0 || quoted(text)):
		why = "a pledge, appeal or sentiment in the speaker's words, not a claim"
	}
	if why != "" {
		st.skipWith(s, part, why, st.attributions(toks, h, sg.quoting.inside))
		return
	}
	st.claimFor(bi, s, part, nil, toks, h)
}

func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if !t.punct {
			n++
		}
	}
	return n
}

// claimFor reads a sentence's attributions and, unless it turns out not to be a claim, adds it.
func (st *state) claimFor(bi int, s span, part string, via []claims.Source, toks []token, h *hits) {
	src := st.a.src
	text := string(src[s.start:s.end])
	q := quoting{inside: insideQuotes(toks), whole: -1}
	if st.cur != nil {
		q = st.cur.quoting
	}
	mentions := st.attributions(toks, h, q.inside)
	if q.whole >= 0 {
		// Words wholly inside a quotation are the speaker's: a verb of saying among them
		// ("I will say that …") reports the speaker's own words, not another source, unless
		// it names a source the registry knows.
		mentions = slices.DeleteFunc(mentions, func(m mention) bool { return !m.src.Known })
	}
	if len(st.prefix) > 0 {
		stance := sentenceStance(h)
		for _, m := range st.prefix {
			if stance != "" {
				m.stance = stance
			}
			// the suffix's words are not also the subject of a cue in the headline
			mentions = slices.DeleteFunc(mentions, func(o mention) bool { return o.start < m.end && m.start < o.end })
			mentions = append([]mention{m}, mentions...)
		}
	}
	if len(mentions) == 0 && h.has(lexAddress) && !quoted(text) && q.whole < 0 {
		st.skip(s, part, "addresses the reader (you/we), no source")
		return
	}
	if len(mentions) == 0 && h.has(lexOpinion) {
		st.skip(s, part, "opinion, no source")
		return
	}
	if len(mentions) == 0 && speculates(toks) {
		st.skip(s, part, "speculation (could, might), no source")
		return
	}
	if len(mentions) > 0 && !slices.ContainsFunc(mentions, func(m mention) bool { return !appealCues[strings.ToLower(m.cueText)] }) {
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
		c.Hedges = append(c.Hedges, string(src[toks[m.start].start:toks[m.end-1].end]))
	}
	c.Kind = classify(h, toks, c.Attributions, st.x.reg)
	c.Subjects = st.subjects(toks, primaries, c.Attributions)
	if !h.has(lexSelfClaim) { // claiming responsibility is about oneself, not an accusation
		if !h.has(lexMilitant) { // a strike on an armed group is reported, not imputed
			accusations(&c, primaries, append(attackAgents(toks, st.x.reg), st.namedAgents(toks, h)...))
		}
		if h.has(lexAccusatory) { // "detained a tanker suspected of …, police said"
			for i := range c.Attributions {
				if c.Attributions[i].Stance == claims.StanceAsserts && !rankingCues[strings.ToLower(c.Attributions[i].Cue)] {
					c.Attributions[i].Stance = claims.StanceAccuses
				}
			}
		}
	}
	c.RespondsTo = st.responses(bi, toks, h, c)
	if len(primaries) == 0 && q.whole >= 0 {
		st.pending = append(st.pending, pendingQuote{claim: len(st.doc.Claims), sentence: len(st.sents), region: q.whole,
			block: bi, stance: sentenceStance(h), before: st.lastSpeaker})
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

// rankingCues place something on a scale ("ranked Ukraine 105th in its corruption index"):
// a measurement, not an accusation, whatever the scale measures.
var rankingCues = map[string]bool{"ranked": true, "ranks": true, "rated": true, "rates": true}

var negator = map[string]bool{"neither": true, "no": true, "none": true, "nobody": true, "nothing": true}

// appealCues ask for something rather than say what is so.
var appealCues = map[string]bool{"urged": true, "urges": true, "urging": true, "called for": true, "calls for": true,
	"advises": true, "advised": true, "appealed": true, "appeals": true}

// speculates: the clause's verb is a modal of possibility ("Challenging the result could test
// …", "Every second could mean …"): a guess about what may happen, not a fact.
func speculates(toks []token) bool {
	start := skipAdverbials(toks, 0, len(toks))
	end := readNounPhrase(toks, start, len(toks))
	if end <= start || end >= len(toks) {
		return false
	}
	if negator[toks[start].lower] {
		return false // "Neither account could be verified": a negative finding, not a guess
	}
	switch toks[end].lower {
	case "could", "might", "may":
		return end+1 < len(toks) && toks[end+1].lower != "not" && toks[end+1].lower != "have"
	}
	return false
}

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

// explain is an attribution with the words and reasoning that made it.
func (st *state) explain(at claims.Attribution, m mention, evidence []string) Explained {
	return Explained{Source: at.Source, SourceText: m.text, SourceSpan: at.SourceSpan, CueSpan: at.CueSpan, Cue: m.cueText,
		Stance: string(at.Stance), Evidence: evidence, Via: at.Via, Resolved: m.how}
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

// accusations: a party to a dispute that says another party is responsible accuses it, in
// whatever words ("provided evidence that Russia used …").
func accusations(c *claims.Claim, primaries []mention, agents []string) {
	if c.Kind != claims.KindResponsibility && c.Kind != claims.KindLegal {
		return
	}
	for i := range c.Attributions {
		a := &c.Attributions[i]
		affs := primaries[i].src.Affiliations
		if a.Stance != claims.StanceAsserts || len(affs) == 0 || ownAct(agents, affs) {
			continue
		}
		for _, s := range c.Subjects {
			if !slices.Contains(affs, s) {
				a.Stance = claims.StanceAccuses
				break
			}
		}
	}
}

// namedAgents are the parties of registry sources named just before an act of responsibility
// ("the SBU had carried out the attack" → ukraine).
func (st *state) namedAgents(toks []token, h *hits) []string {
	var out []string
	for _, m := range h[lexResponsibility] {
		for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
			if !toks[k].capitalised() {
				continue
			}
			if src, ok := st.find(toks[k].text); ok {
				out = append(out, src.Affiliations...)
				break
			}
		}
	}
	return out
}

// ownAct: the act is named by the source's own party ("an Israeli air strike …, the Israeli
// military said"): a report of one's own act, not an accusation.
func ownAct(agents, affs []string) bool {
	if len(agents) == 0 {
		return false
	}
	for _, a := range agents {
		if !slices.Contains(affs, a) {
			return false
		}
	}
	return true
}

// sourceRef is how a claims file names a source: its registry id, or the words the text used.
func sourceRef(s claims.Source) string {
	if s.Known {
		return s.ID
	}
	return strings.TrimSpace(s.Text)
}

func quoted(text string) bool {
	return strings.ContainsAny(text, `"“”`) || strings.Contains(text, "''")
}

// splitRelays separates sources from relays: a wire agency or outlet that only passes on what
// another source in the same sentence said ("according to Reuters", "seen by Reuters",
// "Reuters reports that …") is a relay.
func splitRelays(ms []mention) (primaries, relays []mention) {
	hasOther := false
	for _, m := range ms {
		if !isOutlet(m.src) {
			hasOther = true
		}
	}
	prep := false
	for _, m := range ms {
		if m.cue.kind == cuePrep && !isOutlet(m.src) {
			prep = true
		}
	}
	for _, m := range ms {
		if prep && m.cue.kind == cueVerb && !m.src.Known && bareNoun(m.text) {
			continue // "Investigators found …, according to the bureau": the bureau is the source
		}
		if hasOther && isOutlet(m.src) && (m.cue.kind == cuePrep || m.cue.kind == cueRelay) {
			relays = append(relays, m)
			continue
		}
		if len(ms) > 1 && !m.src.Known && documentNouns[headNoun(m.text)] {
			continue // where the claim was read; the sentence names who made it
		}
		primaries = append(primaries, m)
	}
	return primaries, relays
}

// bareNoun: a common noun with no determiner or name ("Investigators", "Residents").
func bareNoun(phrase string) bool {
	words := strings.Fields(phrase)
	return len(words) == 1 && strings.ToUpper(words[0]) != words[0]
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

func isOutlet(s claims.Source) bool {
	return s.Known && (s.Kind == "wire-agency" || s.Kind == "media" || s.Kind == "state-media")
}

// evidenceKinds maps the evidence lexicons to the claims model's evidence types, in order.
var evidenceKinds = []struct {
	lex  lexID
	kind string
}{
	{lexPhysical, "physical-inspection"}, {lexForensic, "forensic-analysis"}, {lexDocuments, "documents"},
	{lexImagery, "imagery"}, {lexTestimony, "testimony"}, {lexStatement, "statement"}, {lexOpenSource, "open-source-analysis"},
}

// evidenceIn lists the kinds of evidence a sentence mentions. Physical inspection needs a
// verb of looking ("visited", "examined"), not just the word "debris".
func evidenceIn(h *hits) []string {
	var out []string
	for _, e := range evidenceKinds {
		if !h.has(e.lex) || e.lex == lexPhysical && !h.has(lexInspectVerb) {
			continue
		}
		out = append(out, e.kind)
	}
	return out
}

// propagateInspection: a source the article shows inspecting the evidence itself carries that
// inspection to its claims about where the evidence came from, wherever they stand.
func (st *state) propagateInspection() {
	for i := range st.doc.Claims {
		c := &st.doc.Claims[i]
		if c.Kind != claims.KindProvenance {
			continue
		}
		for j := range c.Attributions {
			a := &c.Attributions[j]
			if st.inspect[a.Source] && !slices.Contains(a.Evidence, claims.EvidencePhysicalInspection) {
				a.Evidence = append(a.Evidence, claims.EvidencePhysicalInspection)
			}
		}
	}
}

// subjects are the states and parties a claim is about: those it names outside its sources'
// names; a denier speaks about itself.
func (st *state) subjects(toks []token, primaries []mention, atts []claims.Attribution) []string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		inSource := false
		for _, m := range primaries {
			if t.start >= m.start && t.end <= m.end {
				inSource = true
			}
		}
		if !t.punct && !inSource {
			words = append(words, t.norm())
		} else {
			words = append(words, "")
		}
	}
	found := st.x.reg.PlacesInWords(words, false)
	for i, a := range atts {
		if a.Stance == claims.StanceDenies {
			found = append(found, primaries[i].src.Affiliations...)
		}
	}
	slices.Sort(found)
	return slices.Compact(found)
}

// responses links a denial to the allegations it answers: "denied the allegations" answers
// the allegations of its paragraph (or the last accusation before it); a denial on evidence
// ("found no trace of chlorine") answers the last earlier claim about the same thing.
func (st *state) responses(bi int, toks []token, h *hits, c claims.Claim) []string {
	denial := false
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceDenies {
			denial = true
		}
	}
	if !denial {
		return nil
	}
	prior := st.doc.Claims
	var out []string
	if h.has(lexAnaphoricObject) {
		for i, p := range prior {
			if st.blockOf[i] == bi && bi >= 0 && alleges(p) {
				out = append(out, p.ID)
			}
		}
		if len(out) == 0 {
			for i := len(prior) - 1; i >= 0; i-- {
				if accuses(prior[i]) {
					return []string{prior[i].ID}
				}
			}
		}
		return out
	}
	words := contentTokens(toks)
	for i := len(prior) - 1; i >= 0 && i >= len(prior)-6; i-- {
		for w := range st.contentOf(i) {
			if words[w] {
				return []string{prior[i].ID}
			}
		}
	}
	return nil
}

// contentOf is the content words of claim i, computed once from its tokens.
func (st *state) contentOf(i int) map[string]bool {
	for len(st.content) <= i {
		st.content = append(st.content, nil)
	}
	if st.content[i] == nil {
		st.content[i] = contentTokens(st.claimToks[i])
	}
	return st.content[i]
}

func alleges(c claims.Claim) bool {
	if accuses(c) {
		return true
	}
	if c.Kind != claims.KindResponsibility && c.Kind != claims.KindProvenance {
		return false
	}
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceDenies || a.Stance == claims.StanceCannotDetermine {
			return false
		}
	}
	return true
}

func accuses(c claims.Claim) bool {
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceAccuses {
			return true
		}
	}
	return false
}

var stopwords = map[string]bool{"because": true, "against": true, "between": true, "without": true, "through": true, "during": true, "before": true, "statement": true, "involvement": true, "denied": true, "report": true}

// contentTokens are a sentence's long words (seven letters or more, not stop words): what a
// denial on evidence shares with the claim it answers.
func contentTokens(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if w := t.norm(); len(w) >= 7 && !stopwords[w] && isLetters(w) {
			out[w] = true
		}
	}
	return out
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
