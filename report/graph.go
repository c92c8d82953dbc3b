package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// The attribution picture: who said what, via whom, as an SVG laid out in Go. Sources stand on
// the left (coloured by stake, shaded by reliability grade), relays in the middle, claims on
// the right (coloured by verdict). An edge runs from each source to each claim it stands behind
// — through its relays as dashed hops — drawn by stance: a plain line for an assertion, an
// arrow for an accusation, a bar-ended line for a denial, a dash-dot line for "could not
// determine". Denials arc from the denial to the claims it answers. Every source and every
// claim is a node, attributed or not, so that an unsourced claim stands visibly alone.

type graph struct {
	ID            string
	Width, Height int
	Sources       []graphNode
	Relays        []graphNode
	Claims        []graphNode
	Edges         []graphEdge
	Legend        []legendItem
	LegendY       int
}

type graphNode struct {
	Key, Title, Label, Note string
	Class                   string
	ClaimIDs                string // the claims this node's sentences are, space-separated
	X, Y, W, H              int
	TextX, TextY, NoteY     int
}

type graphEdge struct {
	Path, Class, Title string
	Marker             string
}

type legendItem struct {
	Text, Class string
	X, Y        int
	Line        bool
}

const (
	graphNodeH   = 30
	graphRowH    = 38
	graphTop     = 34
	sourceX      = 8
	sourceW      = 290
	relayX       = 368
	relayW       = 200
	claimX       = 640
	claimW       = 250
	graphWidth   = 960
	graphLegendH = 70
)

func attributionGraph(d *Document, anchor string) *graph {
	g := &graph{ID: anchor + "-graph", Width: graphWidth}
	type node struct {
		src        Source
		interested bool
		claims     []string
		relay      bool
	}
	var order []string
	nodes := map[string]*node{}
	get := func(s Source, relay bool) *node {
		key := sourceKey(s)
		n, ok := nodes[key]
		if !ok {
			n = &node{src: s, relay: relay}
			nodes[key] = n
			order = append(order, key)
		}
		if !relay {
			n.relay = false
		}
		return n
	}
	addClaim := func(n *node, id string) {
		if len(n.claims) == 0 || n.claims[len(n.claims)-1] != id {
			n.claims = append(n.claims, id)
		}
	}
	for _, c := range d.Claims {
		for _, a := range c.Attributions {
			n := get(a.Source, false)
			n.interested = n.interested || a.Source.Interested
			addClaim(n, c.ID)
			for _, v := range a.Via {
				addClaim(get(v, true), c.ID)
			}
		}
	}
	var sources, relays []string
	for _, k := range order {
		if nodes[k].relay {
			relays = append(relays, k)
		} else {
			sources = append(sources, k)
		}
	}
	// Each source stands level with the middle of the claims it is behind, so that edges run
	// mostly across rather than over one another (ties keep the order of first mention).
	claimIndex := make(map[string]int, len(d.Claims))
	for i, c := range d.Claims {
		if _, dup := claimIndex[c.ID]; !dup {
			claimIndex[c.ID] = i
		}
	}
	centre := func(k string) float64 {
		sum := 0
		for _, id := range nodes[k].claims {
			sum += claimIndex[id]
		}
		return float64(sum) / float64(max(1, len(nodes[k].claims)))
	}
	byCentre := func(keys []string) {
		sort.SliceStable(keys, func(a, b int) bool { return centre(keys[a]) < centre(keys[b]) })
	}
	byCentre(sources)
	byCentre(relays)
	rows := max(len(sources), len(relays), len(d.Claims), 1)
	span := rows * graphRowH
	g.Height = graphTop + span + graphLegendH
	at := func(i, n int) int { return graphTop + (2*i+1)*span/(2*n) - graphNodeH/2 }

	place := map[string]graphNode{}
	for i, k := range sources {
		n := nodes[k]
		stake := "independent"
		if n.interested {
			stake = "interested"
		}
		gn := sourceNode(n.src, stake, n.claims, sourceX, at(i, len(sources)), sourceW)
		gn.Class = "node src src-" + stake + " grade-" + gradeClass(n.src.Reliability)
		g.Sources = append(g.Sources, gn)
		place[k] = gn
	}
	for i, k := range relays {
		n := nodes[k]
		gn := sourceNode(n.src, "relay", n.claims, relayX, at(i, len(relays)), relayW)
		gn.Class = "node src src-relay grade-" + gradeClass(n.src.Reliability)
		g.Relays = append(g.Relays, gn)
		place[k] = gn
	}
	claimAt := map[string]graphNode{}
	for i, c := range d.Claims {
		y := at(i, len(d.Claims))
		gn := graphNode{Key: c.ID, Title: c.ID + " — " + c.Verdict.Label + ": " + c.Text,
			Label: clipLabel(c.ID, 18) + " · " + c.Verdict.Label, Note: clipLabel(c.Text, 40),
			Class: "node claim v-" + c.Verdict.Label, ClaimIDs: c.ID,
			X: claimX, Y: y, W: claimW, H: graphNodeH}
		gn.TextX, gn.TextY, gn.NoteY = gn.X+8, gn.Y+12, gn.Y+25
		g.Claims = append(g.Claims, gn)
		if _, dup := claimAt[c.ID]; !dup {
			claimAt[c.ID] = gn
		}
	}
	for _, c := range d.Claims {
		to := claimAt[c.ID]
		for _, a := range c.Attributions {
			stance := a.Stance
			class := "edge e-" + stance
			marker := ""
			switch stance {
			case "accuses":
				marker = "url(#" + g.ID + "-arrow)"
			case "denies":
				marker = "url(#" + g.ID + "-bar)"
			}
			from := place[sourceKey(a.Source)]
			title := fmt.Sprintf("%s %s %s", a.Source.Name, stanceVerb(stance), c.ID)
			if len(a.Via) == 0 {
				g.Edges = append(g.Edges, graphEdge{Path: curve(from.X+from.W, from.Y+graphNodeH/2, to.X, to.Y+graphNodeH/2), Class: class, Title: title, Marker: marker})
				continue
			}
			names := make([]string, len(a.Via))
			prev := from
			for k, v := range a.Via {
				names[k] = v.Name
				hop := place[sourceKey(v)]
				g.Edges = append(g.Edges, graphEdge{Path: curve(prev.X+prev.W, prev.Y+graphNodeH/2, hop.X, hop.Y+graphNodeH/2), Class: class + " relay",
					Title: fmt.Sprintf("%s, relayed by %s", a.Source.Name, v.Name)})
				prev = hop
			}
			g.Edges = append(g.Edges, graphEdge{Path: curve(prev.X+prev.W, prev.Y+graphNodeH/2, to.X, to.Y+graphNodeH/2), Class: class + " relay",
				Title: title + " (via " + strings.Join(names, " → ") + ")", Marker: marker})
		}
		for _, r := range c.RespondsTo {
			target, ok := claimAt[r]
			if !ok {
				continue
			}
			x := claimX + claimW
			y1, y2 := to.Y+graphNodeH/2, target.Y+graphNodeH/2
			bulge := 30 + min(60, abs(y2-y1)/6)
			g.Edges = append(g.Edges, graphEdge{
				Path:  fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x, y1, x+bulge, y1, x+bulge, y2, x, y2),
				Class: "edge e-responds", Title: c.ID + " answers " + r, Marker: "url(#" + g.ID + "-arrow)"})
		}
	}
	g.LegendY = graphTop + span + 16
	ly := g.LegendY
	g.Legend = []legendItem{
		{Text: "asserts", Class: "edge e-asserts", X: 8, Y: ly, Line: true},
		{Text: "accuses", Class: "edge e-accuses", X: 150, Y: ly, Line: true},
		{Text: "denies", Class: "edge e-denies", X: 292, Y: ly, Line: true},
		{Text: "could not determine", Class: "edge e-cannot-determine", X: 434, Y: ly, Line: true},
		{Text: "relayed (hop)", Class: "edge e-asserts relay", X: 650, Y: ly, Line: true},
		{Text: "answers (denial → allegation)", Class: "edge e-responds", X: 8, Y: ly + 24, Line: true},
		{Text: "independent source", Class: "src-independent", X: 292, Y: ly + 24},
		{Text: "interested source", Class: "src-interested", X: 470, Y: ly + 24},
		{Text: "relay", Class: "src-relay", X: 650, Y: ly + 24},
	}
	return g
}

func sourceNode(s Source, stake string, claims []string, x, y, w int) graphNode {
	grade := s.Reliability
	if grade == "" {
		grade = "?"
	}
	gn := graphNode{Key: sourceKey(s), Title: fmt.Sprintf("%s — %s, grade %s (%s), %s; behind %s", s.Name, s.Kind, grade, reliabilityMeaning(s.Reliability), stake, strings.Join(claims, ", ")),
		Label: clipLabel(s.Name, w/8), Note: clipLabel(fmt.Sprintf("grade %s · %s · %s", grade, stake, s.Kind), w/6),
		ClaimIDs: strings.Join(claims, " "), X: x, Y: y, W: w, H: graphNodeH}
	gn.TextX, gn.TextY, gn.NoteY = x+8, y+12, y+25
	return gn
}

func sourceKey(s Source) string {
	if s.ID != "" {
		return s.ID
	}
	return "name:" + s.Name
}

func gradeClass(g string) string {
	if len(g) == 1 && g[0] >= 'A' && g[0] <= 'F' {
		return g
	}
	return "F"
}

func stanceVerb(s string) string {
	switch s {
	case "asserts":
		return "asserts"
	case "accuses":
		return "accuses in"
	case "denies":
		return "denies in"
	case "cannot-determine":
		return "could not determine, in"
	}
	return s + " in"
}

// curve is a horizontal S-curve from one node's right edge to another's left edge.
func curve(x1, y1, x2, y2 int) string {
	mid := (x1 + x2) / 2
	return fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x1, y1, mid, y1, mid, y2, x2, y2)
}

// clipLabel shortens a node's label to n runes; the node's tooltip and the panel have it whole.
func clipLabel(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
