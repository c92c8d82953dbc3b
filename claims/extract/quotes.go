package extract

// The quotation stage. A quotation often spans several sentences and names its speaker only
// once, after it closes ("“… . … ,” the mayor said.") or before it opens ("X said: “…"), and a
// paragraph that opens with a quotation mark and names nobody continues the last speaker's
// words. Quotation marks are therefore tracked across the sentences of a paragraph, not per
// sentence, and each quotation gets the speaker its paragraph names.

// quoting is what the quotation stage knows about one sentence.
type quoting struct {
	// inside marks the sentence's tokens that stand between quotation marks, counting a
	// quotation opened in an earlier sentence of the paragraph.
	inside []bool
	// regions are the quotations the sentence touches (opens, continues or closes).
	regions []int
	// whole is the quotation that holds every word of the sentence, or -1.
	whole int
	// opensBlock: the sentence is its paragraph's first and starts with an opening mark.
	opensBlock bool
}

// markQuotes fills the quoting of the sentences of one paragraph, segs[from:to]. Curly marks
// open and close; straight marks alternate. A quotation left open at the paragraph's end
// closes there (the next paragraph reopens it, as news style does).
func markQuotes(segs []segment, from, to int, nextRegion *int) {
	open, region := false, -1
	for si := from; si < to; si++ {
		sg := &segs[si]
		q := quoting{inside: make([]bool, len(sg.toks)), whole: -1}
		words, wordsInside, wholeRegion := 0, 0, -2
		touch := func(r int) {
			if len(q.regions) == 0 || q.regions[len(q.regions)-1] != r {
				q.regions = append(q.regions, r)
			}
		}
		if open {
			touch(region)
		}
		for i, t := range sg.toks {
			opening, closing := false, false
			switch t.text {
			case "“", "«", "``":
				opening = true
			case "”", "»":
				closing = true
			case "\"", "''":
				opening, closing = !open, open
			}
			switch {
			case opening:
				if !open {
					open, region = true, *nextRegion
					*nextRegion++
					touch(region)
				}
				if si == from && i == 0 {
					q.opensBlock = true
				}
				continue
			case closing:
				open = false
				continue
			}
			q.inside[i] = open
			if t.punct {
				continue
			}
			words++
			if open {
				wordsInside++
				switch wholeRegion {
				case -2:
					wholeRegion = region
				case region:
				default:
					wholeRegion = -1
				}
			}
		}
		if words > 0 && wordsInside == words && wholeRegion >= 0 {
			q.whole = wholeRegion
		}
		sg.quoting = q
	}
}

// pendingQuote is a claim made wholly of quoted words that named no source: its speaker is
// settled when the paragraph has been read.
type pendingQuote struct {
	claim    int    // index in the document's claims
	sentence int    // index in the explained sentences
	region   int    // the quotation it stands in
	block    int    // its paragraph
	stance   string // the stance its own words express ("could not determine" …), or ""
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
// named before it, if that was in this paragraph or the one just before.
func (st *state) settleQuotes() {
	for _, p := range st.pending {
		sp := st.speakers[p.region]
		if sp == nil && p.before != nil && p.before.block >= p.block-1 {
			sp = p.before
		}
		if sp == nil {
			continue
		}
		m := sp.m
		m.how = "speaker of the quotation"
		if p.stance != "" && m.stance == "asserts" {
			m.stance = p.stance
		} else if m.stance == "" {
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
