package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/lint"
	"github.com/factcheck/factcheck/report"
)

// bodyKind is what a request body holds, from its Content-Type.
type bodyKind struct {
	article bool   // prose to extract claims from; else a claims file
	name    string // the file name it is read as: the extension picks Markdown, JSON or YAML
}

var bodyKinds = map[string]bodyKind{
	"text/plain":         {article: true, name: "article.txt"},
	"text/markdown":      {article: true, name: "article.md"},
	"text/x-markdown":    {article: true, name: "article.md"},
	"application/json":   {name: "claims.json"},
	"application/yaml":   {name: "claims.yaml"},
	"application/x-yaml": {name: "claims.yaml"},
	"text/yaml":          {name: "claims.yaml"},
}

// inputFailure is a request body the server will not read: 415 for its type, 400 for its
// content.
type inputFailure struct {
	code int
	errs []apiError
}

func kindOf(r *http.Request) (bodyKind, *apiError) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return bodyKind{}, &apiError{Message: "Content-Type is required: text/plain or text/markdown for an article, application/json or application/yaml for a claims file"}
	}
	mt, _, err := mime.ParseMediaType(ct)
	k, ok := bodyKinds[mt]
	if err != nil || !ok {
		return bodyKind{}, &apiError{Message: fmt.Sprintf("Content-Type %q is not accepted: use text/plain or text/markdown for an article, application/json or application/yaml for a claims file", ct)}
	}
	return k, nil
}

// readBody reads the whole body under the limit; false when it has answered (413, 400).
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.metrics.rejected.WithLabelValues("body_too_large").Inc()
			writeError(w, r, http.StatusRequestEntityTooLarge, apiError{Message: tooLarge(s.cfg.MaxBodyBytes)})
			return nil, false
		}
		writeError(w, r, http.StatusBadRequest, apiError{Message: "reading the request body: " + err.Error()})
		return nil, false
	}
	return body, true
}

// inputErrors turns a loader's errors into the response's: line, column and message, without
// the file name the server made up.
func inputErrors(err error) []apiError {
	var list claims.Errors
	var one *claims.Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = claims.Errors{one}
	default:
		return []apiError{{Message: err.Error()}}
	}
	out := make([]apiError, len(list))
	for i, e := range list {
		out[i] = apiError{Line: e.Line, Column: e.Column, Message: e.Message}
	}
	return out
}

// document reads the body as an article (extracting its claims) or as a claims file, and
// applies the query's title, outlet and date. text is the article, when the body is one.
func (s *Server) document(p *generation, r *http.Request, body []byte, articleOnly bool) (*claims.Document, []byte, *inputFailure) {
	kind, bad := kindOf(r)
	if bad != nil {
		return nil, nil, &inputFailure{http.StatusUnsupportedMediaType, []apiError{*bad}}
	}
	if articleOnly && !kind.article {
		return nil, nil, &inputFailure{http.StatusUnsupportedMediaType, []apiError{{Message: "this endpoint reads an article: send it as text/plain or text/markdown (Content-Type)"}}}
	}
	name := kind.name
	if err := claims.CheckArticle(name, body, kind.article && claims.IsMarkdownPath(name)); err != nil {
		return nil, nil, &inputFailure{http.StatusBadRequest, inputErrors(err)}
	}
	var doc *claims.Document
	var text []byte
	if kind.article {
		doc = p.extractor.Extract(name, body).Document
		text = body
	} else {
		if e := namesArticle(body); e != nil {
			return nil, nil, &inputFailure{http.StatusBadRequest, []apiError{*e}}
		}
		d, err := claims.Parse(name, body)
		if err != nil {
			return nil, nil, &inputFailure{http.StatusBadRequest, inputErrors(err)}
		}
		doc = d
	}
	q := r.URL.Query()
	if v := q.Get("path"); v != "" {
		doc.Path = v
	}
	if v := q.Get("title"); v != "" {
		doc.Title = v
	}
	if v := q.Get("outlet"); v != "" {
		doc.Outlet = v
	}
	if v := q.Get("date"); v != "" {
		doc.Date = v
	}
	return doc, text, nil
}

// namesArticle refuses a claims file that names an article file: the server would read it
// from its own disk.
func namesArticle(body []byte) *apiError {
	var head struct {
		Article yaml.Node `yaml:"article"`
	}
	if yaml.Unmarshal(body, &head) != nil || head.Article.Kind == 0 || head.Article.Value == "" {
		return nil // absent, or a syntax error the loader reports with its position
	}
	return &apiError{Line: head.Article.Line, Column: head.Article.Column,
		Message: "article: a claims file sent to the server cannot name a file on the server; send the article itself (text/plain or text/markdown), or the claims without article"}
}

// mediaTypes are what each format is served as, and the Accept values that choose it.
var mediaTypes = map[string]string{
	"json":        "application/json",
	"jsonl":       "application/jsonl",
	"html":        "text/html; charset=utf-8",
	"claimreview": "application/ld+json",
	"text":        "text/plain; charset=utf-8",
	"sarif":       "application/sarif+json",
	"junit":       "application/xml",
	"github":      "text/plain; charset=utf-8",
	"markdown":    "text/markdown; charset=utf-8",
	"yaml":        "application/yaml",
}

// negotiate picks the response format: ?format= first, then the first Accept type one of the
// formats is served as, else the default.
func negotiate(r *http.Request, formats []string, def string) (string, *apiError, int) {
	if f := r.URL.Query().Get("format"); f != "" {
		if !slices.Contains(formats, f) {
			return "", &apiError{Message: fmt.Sprintf("format %q: use %s", f, strings.Join(formats, ", "))}, http.StatusBadRequest
		}
		return f, nil, 0
	}
	accept := r.Header.Get("Accept")
	if accept == "" {
		return def, nil, 0
	}
	for _, part := range strings.Split(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if mt == "*/*" || mt == "application/*" && strings.HasPrefix(mediaTypes[def], "application/") {
			return def, nil, 0
		}
		for _, f := range formats {
			if t, _, _ := mime.ParseMediaType(mediaTypes[f]); t == mt {
				return f, nil, 0
			}
		}
	}
	return "", &apiError{Message: fmt.Sprintf("Accept %q: none of these is served; formats: %s (or ?format=)", accept, strings.Join(formats, ", "))}, http.StatusNotAcceptable
}

// accept is every endpoint's opening: the output format the client asked for (json by default),
// the request body within its limit, and this request's policies, whatever reloads happen
// meanwhile. On failure it has answered the request.
func (s *Server) accept(w http.ResponseWriter, r *http.Request, formats []string) (string, []byte, *generation, bool) {
	format, bad, code := negotiate(r, formats, "json")
	if bad != nil {
		writeError(w, r, code, *bad)
		return "", nil, nil, false
	}
	body, ok := s.readBody(w, r)
	if !ok {
		return "", nil, nil, false
	}
	return format, body, s.current.Load(), true
}

func (s *Server) tool() report.Tool { return report.Tool{Name: "factcheck", Version: s.cfg.Version} }

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	format, body, p, ok := s.accept(w, r, report.CheckFormats())
	if !ok {
		return
	}
	doc, text, errs := s.document(p, r, body, false)
	if errs != nil {
		writeError(w, r, errs.code, errs.errs...)
		return
	}
	ctx := r.Context()
	start := time.Now()
	d, err := p.engine.Check(ctx, doc)
	s.metrics.evaluation.WithLabelValues("check").Observe(time.Since(start).Seconds())
	if err != nil {
		s.evaluationFailed(w, r, doc.Path, err)
		return
	}
	d.URL = r.URL.Query().Get("url")
	d.PolicyRevision = p.revision
	f, _ := report.Get(format)
	if f.NeedsText && text != nil {
		d.Text = string(text)
	}
	s.metrics.claims.WithLabelValues("check").Add(float64(len(d.Claims)))
	for _, c := range d.Claims {
		s.metrics.verdicts.WithLabelValues(c.Verdict.Label).Inc()
	}
	if s.decisions != nil {
		if err := s.decisions.write(newDecision(RequestID(ctx), "/v1/check", body, d, time.Now())); err != nil {
			s.cfg.Logger.Error("decision log", "request_id", RequestID(ctx), "error", err.Error())
		}
	}
	var buf bytes.Buffer
	cw, err := f.Check(&buf, report.Options{Policy: p.provenance, Publisher: s.cfg.Publisher, DatePublished: s.cfg.DatePublished})
	if err == nil {
		err = cw.Begin(s.tool())
	}
	if err == nil {
		err = cw.Document(d)
	}
	if err == nil {
		err = cw.End(nil)
	}
	if err != nil {
		s.internalError(w, r, fmt.Errorf("writing the %s report: %w", format, err))
		return
	}
	s.write(w, format, buf.Bytes())
}

// evaluationFailed answers a document the engine could not check: 504 past the deadline, 500
// otherwise (policies are the server's, not the caller's).
func (s *Server) evaluationFailed(w http.ResponseWriter, r *http.Request, path string, err error) {
	msg := strings.TrimPrefix(err.Error(), path+": ") // the body has no file name
	if errors.Is(r.Context().Err(), context.DeadlineExceeded) {
		msg = fmt.Sprintf("the request passed its deadline of %s", s.cfg.RequestTimeout)
	}
	// The engine's own deadline error does not wrap context.DeadlineExceeded: read its words.
	if isDeadline(r.Context(), err) || strings.Contains(err.Error(), "deadline") {
		writeError(w, r, http.StatusGatewayTimeout, apiError{Message: msg})
		return
	}
	s.cfg.Logger.Error("evaluation failed", "request_id", RequestID(r.Context()), "error", err.Error())
	writeError(w, r, http.StatusInternalServerError, apiError{Message: msg})
}

// internalError answers a failure that is the server's, not the input's: logged in full,
// answered with the request id.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.Logger.Error("internal error", "request_id", RequestID(r.Context()), "error", err.Error())
	writeError(w, r, http.StatusInternalServerError, apiError{Message: "internal error: the server logged it under this request id"})
}

func (s *Server) write(w http.ResponseWriter, format string, b []byte) {
	w.Header().Set("Content-Type", mediaTypes[format])
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	format, body, p, ok := s.accept(w, r, []string{"json", "yaml"})
	if !ok {
		return
	}
	start := time.Now()
	doc, _, errs := s.document(p, r, body, true)
	s.metrics.evaluation.WithLabelValues("extract").Observe(time.Since(start).Seconds())
	if errs != nil {
		writeError(w, r, errs.code, errs.errs...)
		return
	}
	s.metrics.claims.WithLabelValues("extract").Add(float64(len(doc.Claims)))
	var buf bytes.Buffer
	var err error
	if format == "yaml" {
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		err = enc.Encode(doc)
		enc.Close()
	} else {
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(doc)
	}
	if err != nil {
		s.internalError(w, r, fmt.Errorf("encoding claims: %w", err))
		return
	}
	s.write(w, format, buf.Bytes())
}

func (s *Server) handleLint(w http.ResponseWriter, r *http.Request) {
	format, body, p, ok := s.accept(w, r, report.LintFormats())
	if !ok {
		return
	}
	doc, _, errs := s.document(p, r, body, true)
	if errs != nil {
		writeError(w, r, errs.code, errs.errs...)
		return
	}
	start := time.Now()
	findings, err := p.engine.Lint(r.Context(), doc)
	s.metrics.evaluation.WithLabelValues("lint").Observe(time.Since(start).Seconds())
	if err != nil {
		s.evaluationFailed(w, r, doc.Path, err)
		return
	}
	s.metrics.claims.WithLabelValues("lint").Add(float64(len(doc.Claims)))
	findings, err = lint.Place(doc.Path, body, findings, p.engine.LintRules())
	if err != nil {
		writeError(w, r, http.StatusBadRequest, inputErrors(err)...)
		return
	}
	rep := &report.LintReport{Version: report.Version, Tool: s.tool(), Files: []string{doc.Path},
		Findings: findings, Errors: []report.Error{}, Rules: p.engine.LintRules(),
		Texts: []report.DraftText{{Path: doc.Path, Text: string(body)}}}
	if rep.Findings == nil {
		rep.Findings = []report.LintFinding{}
	}
	var buf bytes.Buffer
	if err := report.WriteLint(&buf, rep, format, report.Options{}); err != nil {
		s.internalError(w, r, fmt.Errorf("writing the %s lint report: %w", format, err))
		return
	}
	s.write(w, format, buf.Bytes())
}
