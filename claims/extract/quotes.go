// Stage 7c, quotation speakers: a sentence wholly inside a quotation with no source of its own
// is the speaker's words. It waits until its paragraph ends and takes the speaker named after
// the closing quote ("…,” the mayor said), or the last speaker named in this paragraph or the
// one before.

package extract

// pendingQuote is a claim made wholly of quoted words that named no source: its speaker is
// settled when the paragraph has been read.
type pendingQuote struct {
	claim    int    // index in the document's claims
	sentence int    // index in the explained sentences
	region   int    // the quotation it stands in
	block    int    // its paragraph
	stance   string // the stance its own words express ("could not determine" …), or ""
	// violentBy names who did a violent act in its words ("police" in "Police shot him"): the
	// speaker accuses them unless they are its own force
	violentBy string
	// before is the last speaker named before the sentence: the speaker of a quotation whose
	// paragraph names nobody ("X tweeted on Saturday. “…”").
	before *speaker
}

// speaker is a source that said something, with the paragraph it was named in.
type speaker struct {
	m     mention
	block int
}

// noteSpeaker records the sentence's first source as the speaker of the quotations it touches
// and as the latest speaker.
func (st *state) noteSpeaker(bi int, q quoting, primaries []mention) {
	if len(primaries) == 0 || q.whole >= 0 {
		return
	}
	sp := &speaker{m: primaries[0], block: bi}
	for _, r := range q.regions {
		if _, ok := st.speakers[r]; !ok {
			st.speakers[r] = sp
		}
	}
	st.lastSpeaker = sp
}

// settleQuotes gives each pending quoted claim of a paragraph its speaker: the one its
// paragraph names for the quotation, else — for a paragraph that opens with a quotation, or a
// quotation after a sentence of the same paragraph that named a speaker — the last speaker
// named before it, if that was in this paragraph or the one just before (a quotation that runs
// on over several paragraphs keeps its speaker from one to the next).
func (st *state) settleQuotes() {
	for _, p := range st.pending {
		sp := st.speakers[p.region]
		if sp == nil && p.before != nil && p.before.block >= p.block-1 {
			sp = p.before
			if st.lastSpeaker == p.before {
				// a quotation running on over paragraphs, each reopening it: the speaker
				// still speaks in the next one
				st.lastSpeaker = &speaker{m: sp.m, block: p.block}
			}
		}
		if sp == nil {
			continue
		}
		m := sp.m
		m.how = "speaker of the quotation"
		// the quoted sentence's own words give its stance, else the speaker's verb does: the
		// stance the speaker's sentence took from its words ("We disagree with this judgment")
		// is not the next quoted sentence's
		switch {
		case p.stance != "":
			m.stance = p.stance
		case p.violentBy != "" && m.cue.stance == "asserts" && !ownForce(token{lower: p.violentBy}, m):
			m.stance = "accuses"
		case m.cue.stance != "":
			m.stance = m.cue.stance
		default:
			m.stance = "asserts"
		}
		st.addQuotedSource(p, m)
	}
	st.pending = st.pending[:0]
}

// addQuotedSource attributes a quoted claim to its speaker after the fact.
func (st *state) addQuotedSource(p pendingQuote, m mention) {
	c := &st.doc.Claims[p.claim]
	at := st.attribution(m, nil, nil)
	c.Attributions = append(c.Attributions, at)
	if c.Kind == "background" {
		c.Kind = "statement"
	}
	s := &st.sents[p.sentence]
	s.Why = string(c.Kind) + " claim"
	s.Attributions = append(s.Attributions, st.explain(at, m, nil))
}
