package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/rules"
)

// Defaults of Config.
const (
	DefaultMaxBody     = 4 << 20 // bytes of a request body
	DefaultTimeout     = 30 * time.Second
	DefaultMaxArticles = 100
)

// Config configures a Server.
type Config struct {
	Rules *rules.Set
	// RuleInfos describe the rules for /v1/rules (sorted by id).
	RuleInfos []report.RuleInfo
	// Corpus is the published copy; nil is none.
	Corpus Corpus
	// Prior, if set, gives archived articles to compare submitted copy
	// with (checker.Options.Prior; internal/archive's Candidates). It
	// must be safe for concurrent use.
	Prior func(stories []string, terms [][]string) ([]checker.Prior, error)
	// Group decides which articles are one story.
	Group story.Mode
	// Version is reported in the JSON documents.
	Version string
	// MaxBody is the largest request body accepted, in bytes.
	MaxBody int64
	// Timeout bounds one check, waiting for a free worker included.
	Timeout time.Duration
	// MaxArticles is the most articles one request may submit.
	MaxArticles int
	// Concurrent is how many checks run at once (GOMAXPROCS if 0);
	// the others wait, within their time limit.
	Concurrent int
	// Log receives one line per failed request; nil discards them.
	Log *log.Logger
}

// Server answers the API and serves the page.
type Server struct {
	cfg     Config
	workers chan struct{}
	mux     *http.ServeMux
	// index is the Static corpus, extracted at start-up; nil for another
	// Corpus, which is checked again with every request.
	index *index
}

//go:embed web
var webFiles embed.FS

// New returns a server for cfg, with the defaults filled in.
func New(cfg Config) (*Server, error) {
	if cfg.Rules == nil {
		return nil, errors.New("server: no rule set")
	}
	if cfg.Corpus == nil {
		cfg.Corpus = NewStatic(nil)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxArticles <= 0 {
		cfg.MaxArticles = DefaultMaxArticles
	}
	if cfg.Concurrent <= 0 {
		cfg.Concurrent = runtime.GOMAXPROCS(0)
	}
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	s := &Server{cfg: cfg, workers: make(chan struct{}, cfg.Concurrent), mux: http.NewServeMux()}
	if st, ok := cfg.Corpus.(*Static); ok {
		// Extracting the published copy once makes a request cost the
		// submitted articles and their stories, not the whole corpus.
		ix, err := newIndex(st.inputs, cfg.Rules, cfg.Log.Printf)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		s.index = ix
	}
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return nil, fmt.Errorf("server: embedded page: %w", err)
	}
	s.mux.HandleFunc("POST /v1/check", s.handleCheck)
	s.mux.HandleFunc("GET /v1/check", func(w http.ResponseWriter, _ *http.Request) {
		// Without this, the page's file server would answer 404.
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, `POST the articles as JSON: {"articles": [{"text": "…"}]}`)
	})
	s.mux.HandleFunc("GET /v1/rules", s.handleRules)
	s.mux.HandleFunc("GET /v1/corpus", s.handleCorpusList)
	s.mux.HandleFunc("GET /v1/corpus/{name...}", s.handleCorpusArticle)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.Handle("GET /", http.FileServerFS(web))
	return s, nil
}

// ServeHTTP implements http.Handler: the routes, behind headers that keep
// the page to its own assets and a recovery that turns a panic (a bug)
// into a 500 with a message instead of a dropped connection.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	defer func() {
		if p := recover(); p != nil {
			if err, ok := p.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(p)
			}
			s.cfg.Log.Printf("%s %s: internal error: %v", r.Method, r.URL.Path, p)
			writeError(w, http.StatusInternalServerError, fmt.Sprintf("internal error (please report it): %v", p))
		}
	}()
	s.mux.ServeHTTP(w, r)
}

// Serve answers on ln until ctx is done, then shuts down gracefully:
// it stops accepting, lets the requests under way finish (for at most
// grace) and returns nil. It returns the error that stops serving early.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.Timeout + 10*time.Second,
		WriteTimeout:      s.cfg.Timeout + 20*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          s.cfg.Log,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	}
	return nil
}

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, "encoding the response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg})
}

// requestError is a problem with a request, answered with its status.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) *requestError {
	return &requestError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// decodeJSON reads a JSON request body into v: application/json only,
// at most MaxBody bytes, no unknown fields, one value.
func (s *Server) decodeJSON(w http.ResponseWriter, r *http.Request, v any) *requestError {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			return &requestError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf("Content-Type %q: send application/json", ct)}
		}
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err, s.cfg.MaxBody)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return decodeError(err, s.cfg.MaxBody)
		}
		return badRequest("malformed JSON: the body holds more than one JSON value")
	}
	return nil
}

// decodeError says what is wrong with a body, with the byte offset where
// the JSON decoder saw it.
func decodeError(err error, limit int64) *requestError {
	var (
		mbe    *http.MaxBytesError
		syn    *json.SyntaxError
		typeEr *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &mbe):
		return &requestError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("request body larger than %d bytes", limit)}
	case errors.Is(err, io.EOF):
		return badRequest("empty request body: send a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("malformed JSON: the body ends in the middle of a value")
	case errors.As(err, &syn):
		return badRequest("malformed JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typeEr):
		field := typeEr.Field
		if field == "" {
			field = "the body"
		}
		return badRequest("malformed request at byte %d: %s must be %s, not %s", typeEr.Offset, field, jsonKind(typeEr.Type.Kind().String()), typeEr.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return badRequest("unknown field %s (the fields are articles, and for each article name, text, format, date and story)", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return badRequest("malformed JSON: %v", err)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return goKind
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	arts, err := s.cfg.Corpus.Articles(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "reading the corpus: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Status   string `json:"status"`
		Version  string `json:"version"`
		Articles int    `json:"articles"`
	}{"ok", s.cfg.Version, len(arts)})
}

// ruleJSON is one rule in GET /v1/rules.
type ruleJSON struct {
	ID          string `json:"id"`
	Kind        string `json:"kind,omitempty"`
	Severity    string `json:"severity"`
	Enabled     bool   `json:"enabled"`
	Summary     string `json:"summary,omitempty"`
	Description string `json:"description,omitempty"`
	Example     string `json:"example,omitempty"`
}

func (s *Server) handleRules(w http.ResponseWriter, _ *http.Request) {
	infos := map[string]report.RuleInfo{}
	for _, ri := range s.cfg.RuleInfos {
		infos[ri.ID] = ri
	}
	out := []ruleJSON{}
	for _, r := range s.cfg.Rules.All {
		info := r.Info()
		out = append(out, ruleJSON{
			ID: info.ID, Kind: info.Kind, Severity: info.Severity.String(), Enabled: !s.cfg.Rules.Disabled[info.ID],
			Summary: infos[info.ID].Short, Description: strings.TrimSpace(info.Description), Example: strings.TrimSpace(info.Example),
		})
	}
	for _, info := range checker.FileRules() {
		out = append(out, ruleJSON{ID: info.ID, Kind: info.Kind, Severity: info.Severity.String(), Enabled: true,
			Summary: infos[info.ID].Short, Description: info.Description, Example: info.Example})
	}
	writeJSON(w, http.StatusOK, struct {
		Rules []ruleJSON `json:"rules"`
	}{out})
}

func (s *Server) handleCorpusList(w http.ResponseWriter, r *http.Request) {
	arts, err := s.cfg.Corpus.Articles(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "reading the corpus: "+err.Error())
		return
	}
	names := make([]string, 0, len(arts))
	for _, a := range arts {
		names = append(names, a.Path)
	}
	writeJSON(w, http.StatusOK, struct {
		Articles []string `json:"articles"`
	}{names})
}

// handleCorpusArticle sends one published article's bytes, found by the
// name diagnostics give it, so that the page can show the passage that a
// related place points to. Only names of the corpus are served: the
// name is looked up, never opened as a path.
func (s *Server) handleCorpusArticle(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	arts, err := s.cfg.Corpus.Articles(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "reading the corpus: "+err.Error())
		return
	}
	for _, a := range arts {
		if a.Path == name {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write(a.Src)
			return
		}
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("no published article is named %q", name))
}
