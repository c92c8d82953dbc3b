package server

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/factcheck/factcheck/report"
)

// decisionLog writes one JSON line per checked document: the audit trail of which policies
// gave which verdicts to which bytes.
type decisionLog struct {
	mu sync.Mutex
	w  io.Writer
}

// decision is one line of the decision log.
type decision struct {
	RequestID      string          `json:"request_id"`
	Time           string          `json:"time"`
	Route          string          `json:"route"`
	Document       string          `json:"document"` // sha256 of the request body
	PolicyRevision string          `json:"policy_revision"`
	Labels         []labelCount    `json:"labels"`
	Claims         []claimDecision `json:"claims"`
}

type labelCount struct {
	Label string `json:"label"`
	Count int    `json:"count"`
}

type claimDecision struct {
	Claim string `json:"claim"`
	Label string `json:"label"`
}

func newDecision(id, route string, body []byte, d *report.Document, now time.Time) decision {
	sum := sha256.Sum256(body)
	out := decision{RequestID: id, Time: now.UTC().Format(time.RFC3339Nano), Route: route,
		Document: "sha256:" + hex.EncodeToString(sum[:]), PolicyRevision: d.PolicyRevision,
		Labels: []labelCount{}, Claims: make([]claimDecision, 0, len(d.Claims))}
	counts := map[string]int{}
	for _, c := range d.Claims {
		out.Claims = append(out.Claims, claimDecision{Claim: c.ID, Label: c.Verdict.Label})
		counts[c.Verdict.Label]++
	}
	for l, n := range counts {
		out.Labels = append(out.Labels, labelCount{Label: l, Count: n})
	}
	slices.SortFunc(out.Labels, func(a, b labelCount) int { return cmp.Compare(a.Label, b.Label) })
	return out
}

// write appends one line; lines from concurrent requests never interleave.
func (l *decisionLog) write(d decision) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err = l.w.Write(append(b, '\n'))
	return err
}
