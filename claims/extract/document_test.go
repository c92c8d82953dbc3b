package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Plain text as articles arrive: saved from a page with a header, hard-wrapped at a fixed
// width, or pasted one paragraph per line. Each case gives the blocks' texts in order; a
// heading block is marked "# ".
func TestPlainTextBlocks(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		blocks []string
		title  string
		outlet string
	}{
		{
			name:   "a saved page's header: the title is the headline, the other lines are not prose",
			text:   "Title: Floods cut off two towns\nURL: https://example.org/floods\nOutlet: The Valley Courier\n\nThe river rose overnight, the mayor said.\n",
			blocks: []string{"# Floods cut off two towns", "The river rose overnight, the mayor said."},
			title:  "Floods cut off two towns", outlet: "The Valley Courier",
		},
		{
			name:   "a header whose headline is a placeholder has no headline",
			text:   "Title: [headline not in stored text]\nURL: https://example.org/x\n\nShares fell 4 percent on Monday.\n",
			blocks: []string{"Shares fell 4 percent on Monday."},
		},
		{
			name:   "a headline with a source prefix is not a header",
			text:   "Reuters: Port strike enters its third week\n\nDock workers stayed out on Monday.\n",
			blocks: []string{"Reuters: Port strike enters its third week", "Dock workers stayed out on Monday."},
		},
		{
			name:   "a one-line 'Key: value' headline whose key is not a header key stays prose",
			text:   "Police: the road will reopen on Friday\nThe council agreed.\n",
			blocks: []string{"Police: the road will reopen on Friday", "The council agreed."},
		},
		{
			name: "hard-wrapped lines run on into one paragraph until a blank line",
			text: "Officials said on Monday that the storm had\nkilled at least nine people, according to\nthe civil defence agency.\n\nRoads were closed.\n",
			blocks: []string{"Officials said on Monday that the storm had\nkilled at least nine people, according to\nthe civil defence agency.",
				"Roads were closed."},
		},
		{
			name:   "one paragraph per line: a line that ends a sentence before a capital is a paragraph",
			text:   "Storm kills nine in coastal towns\nOfficials said the storm killed nine people.\n\"We are still searching,\" the chief said.\n",
			blocks: []string{"Storm kills nine in coastal towns", "Officials said the storm killed nine people.", "\"We are still searching,\" the chief said."},
		},
		{
			name:   "a credit line stays apart from the paragraph after it",
			text:   "REUTERS\nThe ministry said talks would resume.\n",
			blocks: []string{"REUTERS", "The ministry said talks would resume."},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseArticle("a.txt", []byte(tc.text))
			var got []string
			for _, b := range a.blocks {
				s := string(a.src[b.start:b.end])
				if b.heading {
					s = "# " + s
				}
				got = append(got, s)
			}
			assert.Equal(t, tc.blocks, got)
			assert.Equal(t, tc.title, a.title)
			assert.Equal(t, tc.outlet, a.outlet)
		})
	}
}

// A saved page's header gives the document its headline claim at the title's own bytes.
func TestPlainTextHeaderHeadline(t *testing.T) {
	src := "Title: Minister denies bribery claims\nURL: https://example.org/m\n\nThe minister denied taking bribes, his office said.\n"
	res := sharedExtractor(t).Extract("a.txt", []byte(src))
	d := res.Document
	assert.Equal(t, "Minister denies bribery claims", d.Title)
	if assert.NotEmpty(t, d.Claims) {
		h := d.Claims[0]
		assert.Equal(t, "headline", string(h.Part))
		assert.Equal(t, "Minister denies bribery claims", src[h.Span.Start:h.Span.End])
	}
	for _, c := range d.Claims {
		assert.NotContains(t, c.Text, "example.org", "a header line is not a claim")
	}
}
