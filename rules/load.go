package rules

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/tomlx"
)

//go:embed pack/*.toml
var defaultPack embed.FS

// DefaultPackName prefixes the names of the embedded rule files in
// messages and listings.
const DefaultPackName = "(default)"

// Common holds the keys every rule has.
type Common struct {
	ID          string `toml:"id"`
	Kind        string `toml:"kind"`
	Severity    string `toml:"severity"`
	Description string `toml:"description"`
	Example     string `toml:"example"`
	Pos         tomlx.Position
}

// kindFunc builds a rule of one kind from its table.
type kindFunc func(t *tomlx.Table, info Info) (Rule, error)

// kinds maps a kind name to its constructor. It is written only here and
// read afterwards.
var kinds = map[string]kindFunc{
	"pattern":     newPatternRule,
	"consistency": newConsistencyRule,
	"names":       newNamesRule,
	"typo":        newTypoRule,
	"boilerplate": newBoilerplateRule,
	"honorific":   newHonorificRule,
	"fact":        newFactRule,
	"autofacts":   newAutoFactsRule,
	"conversion":  newConversionRule,
	"enumeration": newEnumerationRule,
	"arithmetic":  newArithmeticRule,
	"calendar":    newCalendarRule,
	"datefacts":   newDateFactsRule,
}

// Kinds lists the rule kinds.
func Kinds() []string {
	ks := make([]string, 0, len(kinds))
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Set is a loaded, validated rule set with the document options that came
// with it.
type Set struct {
	// Rules are the enabled rules in the order they were defined.
	Rules []Rule
	// All includes disabled rules, for listings.
	All      []Rule
	Disabled map[string]bool
	Document document.Options
	Segment  segment.Options
	// Quantities are the units and qualifiers that quantities are read
	// with.
	Quantities *quantity.Table
	// Dates holds the words that dates are resolved with.
	Dates   *dates.Lexicon
	Lexicon *Lexicon
	// NameParticles are the lowercase words that join a given name to a
	// family name in the names scan ("el-Vardi", "van der Meulen"): the
	// particles of the enabled typo rules.
	NameParticles map[string]bool
	// grammar holds the English words that reading a quantity's context
	// needs, from the [grammar] tables.
	grammar grammar
	// Group is how articles are grouped into stories (story.Auto unless
	// the config says otherwise).
	Group story.Mode
	// FailLevel is the configured fail level (Error unless the config
	// says otherwise).
	FailLevel diag.Severity
	// Extensions are the file extensions checked in directories.
	Extensions []string
	// Include are extra glob patterns of files checked in directories.
	Include []string
	// ConfigFile is the configuration that was used, or "".
	ConfigFile string
	// sources are the files the set was loaded from, in order, for
	// Fingerprint (archive.go).
	sources []ruleSource
	// MaxFileSize is the largest article read, in bytes
	// (DefaultMaxFileSize unless the config's max_file_size says
	// otherwise).
	MaxFileSize int64
}

// Rule returns the rule with the given id, enabled or not.
func (s *Set) Rule(id string) Rule {
	for _, r := range s.All {
		if r.Info().ID == id {
			return r
		}
	}
	return nil
}

// ruleFile is the schema of a rule file besides its [[rule]] tables.
type ruleFile struct {
	Document   documentKeys   `toml:"document"`
	Segment    segmentKeys    `toml:"segment"`
	Quantities quantitiesKeys `toml:"quantities"`
	Grammar    grammarKeys    `toml:"grammar"`
	Dates      datesKeys      `toml:"dates"`
}

// datesKeys are the [dates] keys of a rule file or config: the words
// that tell the tense of a date's clause and mark the date of a
// statement (see dates.Lexicon).
type datesKeys struct {
	Future      []string `toml:"future"`
	Past        []string `toml:"past"`
	NotPast     []string `toml:"not_past"`
	Auxiliaries []string `toml:"auxiliaries"`
	Speech      []string `toml:"speech"`
	Perfect     []string `toml:"perfect"`
}

func (l *loader) addDates(k datesKeys) {
	lx := l.set.Dates
	for _, p := range []struct {
		to    map[string]bool
		words []string
	}{{lx.Future, k.Future}, {lx.Past, k.Past}, {lx.NotPast, k.NotPast}, {lx.Auxiliaries, k.Auxiliaries}, {lx.Speech, k.Speech}, {lx.Perfect, k.Perfect}} {
		for _, w := range p.words {
			p.to[strings.ToLower(strings.TrimSpace(w))] = true
		}
	}
}

// grammarKeys are the [grammar] keys of a rule file or config: English
// words that the fact rules read a quantity's context with.
type grammarKeys struct {
	// Stopwords carry no meaning of their own ("the", "was", "into").
	Stopwords []string `toml:"stopwords"`
	// PluralNouns are plural nouns that do not end in s ("people").
	PluralNouns []string `toml:"plural_nouns"`
	// Prepositions open a complement that narrows a counted noun ("four
	// trips to Spain").
	Prepositions []string `toml:"prepositions"`
	// Modifiers are stop words that may still come between a number and
	// the noun it counts ("four other cities").
	Modifiers []string `toml:"modifiers"`
	// Titles stand before a person's name and are no part of it ("Dr",
	// "Captain"), matched as written.
	Titles []string `toml:"titles"`
}

func (l *loader) addGrammar(g grammarKeys) {
	gr := &l.set.grammar
	if gr.stop == nil {
		gr.stop, gr.plurals, gr.preps, gr.modifiers = words{}, words{}, words{}, words{}
	}
	for k, v := range wordSet(g.Modifiers) {
		gr.modifiers[k] = v
	}
	for _, w := range g.Titles {
		if gr.titles == nil {
			gr.titles = map[string]bool{}
		}
		gr.titles[strings.TrimSpace(w)] = true
	}
	for k, v := range wordSet(g.Stopwords) {
		gr.stop[k] = v
	}
	for k, v := range wordSet(g.PluralNouns) {
		gr.plurals[k] = v
	}
	for k, v := range wordSet(g.Prepositions) {
		gr.preps[k] = v
	}
}

// quantitiesKeys are the [quantities] keys of a rule file or config; its
// [[unit]] and [[qualifier]] tables are read one by one.
type quantitiesKeys struct {
	Fillers []string `toml:"fillers"`
}

// tableKeys are the arrays of tables that a rule file or config may hold
// besides its plain keys.
var tableKeys = []string{"rule", "unit", "qualifier"}

// documentKeys are the [document] keys of a rule file or config.
type documentKeys struct {
	Datelines []string `toml:"datelines"`
	Bylines   []string `toml:"bylines"`
}

// segmentKeys are the [segment] keys of a rule file or config.
type segmentKeys struct {
	Titles        []string `toml:"titles"`
	Abbreviations []string `toml:"abbreviations"`
}

// Config is the schema of .factlint.toml.
type Config struct {
	FailLevel    string              `toml:"fail_level"`
	Group        string              `toml:"group"`
	DefaultRules *bool               `toml:"default_rules"`
	RuleFiles    []string            `toml:"rule_files"`
	Extensions   []string            `toml:"extensions"`
	Include      []string            `toml:"include"`
	MaxFileSize  string              `toml:"max_file_size"`
	Rules        map[string]Override `toml:"rules"`
	Document     documentKeys        `toml:"document"`
	Segment      segmentKeys         `toml:"segment"`
	Quantities   quantitiesKeys      `toml:"quantities"`
	Grammar      grammarKeys         `toml:"grammar"`
	Dates        datesKeys           `toml:"dates"`
	Pos          tomlx.Position
}

// Override changes a rule from the config.
type Override struct {
	Severity string `toml:"severity"`
	Enabled  *bool  `toml:"enabled"`
	Pos      tomlx.Position
}

// DefaultExtensions are checked when a directory is given.
var defaultExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// ConfigName is the file name looked for upward from the working directory.
const ConfigName = ".factlint.toml"

// FindConfig looks for .factlint.toml in dir and its parents.
func FindConfig(dir string) (string, bool) {
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// loader accumulates a rule set from several files.
type loader struct {
	set  *Set
	ids  map[string]tomlx.Position
	errs []error
	// seen guards against loading one rule file twice.
	seen map[string]bool
}

// LoadDefault loads only the embedded default pack.
func LoadDefault() (*Set, error) { return Load("") }

// Load reads the default pack and the config at configPath ("" for none),
// with the rule files it names. Every problem found is reported, each at
// file:line:col.
func Load(configPath string) (*Set, error) {
	var src []byte
	if configPath != "" {
		var err error
		if src, err = readRuleFile(configPath); err != nil {
			return nil, fmt.Errorf("reading config: %w", err)
		}
	}
	return load(configPath, src)
}

// load is Load with the config's bytes already read (src is ignored when
// configPath is "").
func load(configPath string, src []byte) (*Set, error) {
	l := &loader{
		set: &Set{
			Disabled:    map[string]bool{},
			Lexicon:     &Lexicon{Words: map[string]bool{}, Targets: map[string]bool{}},
			FailLevel:   diag.Error,
			Extensions:  slices.Clone(defaultExtensions),
			MaxFileSize: DefaultMaxFileSize,
			Segment:     segment.Options{Abbreviations: map[string]segment.Abbreviation{}},
			Quantities:  quantity.NewTable(),
			Document:    document.Options{ParseDate: parseDateline, ParseMonthDay: parseMonthDay},
			Dates: &dates.Lexicon{Future: map[string]bool{}, Past: map[string]bool{}, NotPast: map[string]bool{},
				Auxiliaries: map[string]bool{}, Speech: map[string]bool{}, Perfect: map[string]bool{}},
		},
		ids:  map[string]tomlx.Position{},
		seen: map[string]bool{},
	}
	var cfg Config
	var cfgDoc *tomlx.Doc
	if configPath != "" {
		var err error
		cfgDoc, err = tomlx.Parse(configPath, src)
		if err != nil {
			return nil, err
		}
		// Keep going after errors in the config's own keys, so that
		// every problem of the file is reported at once.
		if err := cfgDoc.Root().DecodeExcept(&cfg, tableKeys...); err != nil {
			l.errs = append(l.errs, err)
		}
		l.set.ConfigFile = configPath
		l.set.sources = append(l.set.sources, ruleSource{configPath, src})
	}
	// The pack's reading options (datelines, abbreviations, units) are
	// always loaded; default_rules = false leaves out its rules.
	l.loadEmbedded(cfg.DefaultRules == nil || *cfg.DefaultRules)
	if configPath != "" {
		dir := filepath.Dir(configPath)
		self, _ := realPath(configPath)
		loaded := map[string]bool{}
		for i, f := range cfg.RuleFiles {
			p := f
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, f)
			}
			resolved, err := insideDir(dir, p)
			if err != nil {
				l.errs = append(l.errs, cfgDoc.Root().Errorf("rule_files", "rule_files[%d]: %q: %v", i, f, err))
				continue
			}
			if resolved == self {
				l.errs = append(l.errs, cfgDoc.Root().Errorf("rule_files", "rule_files[%d]: %q is this configuration file itself", i, f))
				continue
			}
			// The same file under two spellings ("a.toml", "./a.toml",
			// a link to it) is loaded once, not reported as duplicate ids.
			if loaded[resolved] {
				continue
			}
			loaded[resolved] = true
			src, err := readRuleFile(p)
			if err != nil {
				l.errs = append(l.errs, cfgDoc.Root().Errorf("rule_files", "rule_files[%d]: cannot read %q: %v", i, f, unwrapPathError(err)))
				continue
			}
			l.loadFile(p, src)
		}
		// Units and rules defined in the config itself.
		l.loadQuantities(cfgDoc, cfg.Quantities)
		l.addGrammar(cfg.Grammar)
		l.addDates(cfg.Dates)
		l.loadRules(cfgDoc)
		l.applyConfig(cfgDoc, &cfg)
	}
	l.addGrammar(grammarKeys{})
	// A currency prefix written in letters against its number ("RM84")
	// is parted from it by the segmenter, or the number is never read.
	l.set.Segment.Glued = segment.NewGlued(l.set.Quantities.GluedPrefixes())
	for _, r := range l.set.All {
		if u, ok := r.(interface{ useSet(*Set) }); ok {
			u.useSet(l.set)
		}
		if p, ok := r.(interface{ prepare(*Set) error }); ok {
			if err := p.prepare(l.set); err != nil {
				src := r.Info().Source
				l.errs = append(l.errs, &tomlx.Error{File: src.File, Line: src.Line, Col: src.Col, Msg: err.Error()})
			}
		}
	}
	if len(l.errs) > 0 {
		return nil, joinSorted(l.errs)
	}
	for _, r := range l.set.All {
		if !l.set.Disabled[r.Info().ID] {
			l.set.Rules = append(l.set.Rules, r)
			l.register(r)
		}
	}
	return l.set, nil
}

// register adds what an enabled rule tells the rest of the pipeline: the
// names of its lexicon, and titles that never end a sentence ("Mr. Smith").
func (l *loader) register(r Rule) {
	if lx, ok := r.(interface{ lexiconWords() ([]string, bool) }); ok {
		words, targets := lx.lexiconWords()
		for _, w := range words {
			l.set.Lexicon.Words[w] = true
			if targets {
				l.set.Lexicon.Targets[w] = true
			}
		}
	}
	if pr, ok := r.(interface{ particleWords() []string }); ok {
		for _, w := range pr.particleWords() {
			if l.set.NameParticles == nil {
				l.set.NameParticles = map[string]bool{}
			}
			l.set.NameParticles[w] = true
		}
	}
	if tr, ok := r.(interface{ titleWords() []string }); ok {
		for _, w := range tr.titleWords() {
			l.set.Segment.Abbreviations[w] = segment.Title
		}
	}
}

// joinSorted joins errors in file order: by file as loaded, then line and
// column.
func joinSorted(errs []error) error {
	var flat []error
	for _, e := range errs {
		if te := tomlx.Errors(e); len(te) > 0 {
			for _, x := range te {
				flat = append(flat, x)
			}
			continue
		}
		flat = append(flat, e)
	}
	fileOrder := map[string]int{}
	for _, e := range flat {
		var te *tomlx.Error
		if errors.As(e, &te) {
			if _, ok := fileOrder[te.File]; !ok {
				fileOrder[te.File] = len(fileOrder)
			}
		}
	}
	slices.SortStableFunc(flat, func(a, b error) int {
		var ta, tb *tomlx.Error
		if !errors.As(a, &ta) || !errors.As(b, &tb) {
			return 0
		}
		return cmp.Or(cmp.Compare(fileOrder[ta.File], fileOrder[tb.File]), cmp.Compare(ta.Line, tb.Line), cmp.Compare(ta.Col, tb.Col))
	})
	return errors.Join(flat...)
}

// MaxRuleFileSize bounds the size of a configuration or rule file: rule
// files are data written by hand, and a larger file (a device, a file
// generated by mistake) would only cost memory and time.
const MaxRuleFileSize = 8 << 20

// readRuleFile reads a configuration or rule file: a regular file (not a
// FIFO or a device, which could block or never end) of at most
// MaxRuleFileSize bytes. os.DevNull reads as an empty file.
func readRuleFile(path string) ([]byte, error) {
	if path == os.DevNull {
		// "--config /dev/null", the usual way to say "no configuration":
		// a device, but one that reads as empty at once.
		return nil, nil
	}
	// Stat first: opening a FIFO blocks until a writer comes.
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("not a regular file")}
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = fh.Close() }() // read only: nothing to lose
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("not a regular file")}
	}
	src, err := io.ReadAll(io.LimitReader(fh, MaxRuleFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(src) > MaxRuleFileSize {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("larger than %d MiB", MaxRuleFileSize>>20)}
	}
	return src, nil
}

// realPath is the absolute path of p with its links resolved.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// errOutside is reported for a rule file outside the configuration's
// directory.
var errOutside = errors.New("outside the configuration's directory; a configuration reads rule files from its own directory and below (copy the file there)")

// insideDir checks that the rule file p lies in dir or below it, both as
// written and with links resolved, and returns its resolved path. A
// configuration comes with the copy it checks, perhaps from someone
// else; it must not make factlint read (and quote, in its error
// messages) files elsewhere on the machine. A file that does not exist
// passes, to be reported as unreadable.
func insideDir(dir, p string) (string, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	absP, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if !within(absDir, absP) {
		return "", errOutside
	}
	realDir, err := filepath.EvalSymlinks(absDir)
	if err != nil {
		return absP, nil //nolint:nilerr // reported when the file is read
	}
	resolved, err := filepath.EvalSymlinks(absP)
	if err != nil {
		return absP, nil //nolint:nilerr // reported when the file is read
	}
	if !within(realDir, resolved) {
		return "", errOutside
	}
	return resolved, nil
}

// within reports whether the clean absolute path p is dir or below it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseDateline reads the date of a dateline written out ("Published 12
// September 2023").
func parseDateline(s string) (string, bool) {
	d, ok := dates.ParseText(s)
	if !ok {
		return "", false
	}
	return d.String(), true
}

// parseMonthDay reads a byline's day of a month with no year ("Nov 8")
// as MM-DD.
func parseMonthDay(s string) (string, bool) {
	m, d, ok := dates.ParseMonthDay(s)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%02d-%02d", m, d), true
}

// datePatterns compiles the [document] key's patterns, each of which
// needs a named group "date", or for a byline (monthDay) "date" or
// "monthday", a day of a month with no year.
func (l *loader) datePatterns(doc *tomlx.Doc, key string, pats []string, monthDay bool) []*regexp.Regexp {
	var out []*regexp.Regexp
	for i, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			l.errs = append(l.errs, doc.Root().Errorf("document", "document.%s[%d]: bad regular expression: %v", key, i, err))
			continue
		}
		if re.SubexpIndex("date") < 0 && (!monthDay || re.SubexpIndex("monthday") < 0) {
			want := "(?P<date>...) for the YYYY-MM-DD date"
			if monthDay {
				want = "(?P<date>...) for the date or (?P<monthday>...) for a day of a month with no year"
			}
			l.errs = append(l.errs, doc.Root().Errorf("document", "document.%s[%d]: the pattern needs a named group %s", key, i, want))
			continue
		}
		out = append(out, re)
	}
	return out
}

// readingPacks hold how copy is read (datelines, abbreviations, units,
// qualifiers, grammar words) and no rules; they are loaded even when
// default_rules = false.
var readingPacks = map[string]bool{"pack/document.toml": true, "pack/quantities.toml": true, "pack/dates.toml": true}

func (l *loader) loadEmbedded(withRules bool) {
	entries, err := fs.Glob(defaultPack, "pack/*.toml")
	if err != nil {
		l.errs = append(l.errs, err)
		return
	}
	sort.Strings(entries)
	for _, e := range entries {
		if !withRules && !readingPacks[e] {
			continue
		}
		src, err := defaultPack.ReadFile(e)
		if err != nil {
			l.errs = append(l.errs, err)
			continue
		}
		l.loadFile(DefaultPackName+"/"+strings.TrimPrefix(e, "pack/"), src)
	}
}

// loadFile reads one rule file.
func (l *loader) loadFile(name string, src []byte) {
	if l.seen[name] {
		return
	}
	l.seen[name] = true
	l.set.sources = append(l.set.sources, ruleSource{name, src})
	doc, err := tomlx.Parse(name, src)
	if err != nil {
		l.errs = append(l.errs, err)
		return
	}
	var rf ruleFile
	if err := doc.Root().DecodeExcept(&rf, tableKeys...); err != nil {
		l.errs = append(l.errs, err)
	}
	l.addDocumentOptions(doc, rf.Document, rf.Segment.Titles, rf.Segment.Abbreviations)
	l.loadQuantities(doc, rf.Quantities)
	l.addGrammar(rf.Grammar)
	l.addDates(rf.Dates)
	l.loadRules(doc)
}

func (l *loader) addDocumentOptions(doc *tomlx.Doc, dk documentKeys, titles, abbrevs []string) {
	l.set.Document.Datelines = append(l.set.Document.Datelines, l.datePatterns(doc, "datelines", dk.Datelines, false)...)
	l.set.Document.Bylines = append(l.set.Document.Bylines, l.datePatterns(doc, "bylines", dk.Bylines, true)...)
	for _, t := range titles {
		l.set.Segment.Abbreviations[strings.TrimSuffix(t, ".")] = segment.Title
	}
	for _, a := range abbrevs {
		k := strings.TrimSuffix(a, ".")
		if _, ok := l.set.Segment.Abbreviations[k]; !ok {
			l.set.Segment.Abbreviations[k] = segment.Other
		}
	}
}

// loadQuantities adds a file's [[unit]] and [[qualifier]] tables and its
// [quantities] fillers to the set's quantity table.
func (l *loader) loadQuantities(doc *tomlx.Doc, keys quantitiesKeys) {
	l.set.Quantities.AddFillers(keys.Fillers)
	units, err := doc.Root().Tables("unit")
	if err != nil {
		l.errs = append(l.errs, err)
	}
	for _, t := range units {
		var def quantity.UnitDef
		if err := t.Decode(&def); err != nil {
			l.errs = append(l.errs, err)
			continue
		}
		if err := l.set.Quantities.AddUnit(def); err != nil {
			l.errs = append(l.errs, t.Errorf("", "unit %q: %v", def.Name, err))
		}
	}
	quals, err := doc.Root().Tables("qualifier")
	if err != nil {
		l.errs = append(l.errs, err)
	}
	for _, t := range quals {
		var def quantity.QualifierDef
		if err := t.Decode(&def); err != nil {
			l.errs = append(l.errs, err)
			continue
		}
		if err := l.set.Quantities.AddQualifier(def); err != nil {
			l.errs = append(l.errs, t.Errorf("", "qualifier: %v", err))
		}
	}
}

// loadRules builds the [[rule]] tables of a file.
func (l *loader) loadRules(doc *tomlx.Doc) {
	tables, err := doc.Root().Tables("rule")
	if err != nil {
		l.errs = append(l.errs, err)
		return
	}
	for _, t := range tables {
		r, err := l.buildRule(t)
		if err != nil {
			l.errs = append(l.errs, err)
			continue
		}
		l.set.All = append(l.set.All, r)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$`)

func (l *loader) buildRule(t *tomlx.Table) (Rule, error) {
	id, ok, err := t.String("id")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf("", "%s has no id", t.Path())
	}
	if !idPattern.MatchString(id) {
		return nil, t.Errorf("id", "rule id %q must be lower-case words separated by dots, such as \"name.typo\"", id)
	}
	kind, ok, err := t.String("kind")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf("", "rule %q has no kind (one of %s)", id, strings.Join(Kinds(), ", "))
	}
	build, known := kinds[kind]
	if !known {
		return nil, t.Errorf("kind", "rule %q: unknown kind %q (one of %s)", id, kind, strings.Join(Kinds(), ", "))
	}
	line, col := t.Pos()
	if prev, dup := l.ids[id]; dup {
		return nil, t.Errorf("id", "duplicate rule id %q (first defined at %s:%d:%d)", id, prev.File, prev.Line, prev.Col)
	}
	info := Info{ID: id, Kind: kind, Severity: diag.Warning, Source: tomlx.Position{File: t.File(), Line: line, Col: col}}
	l.ids[id] = info.Source
	if sev, ok, err := t.String("severity"); err != nil {
		return nil, err
	} else if ok {
		s, err := diag.ParseSeverity(sev)
		if err != nil {
			return nil, t.Errorf("severity", "rule %q: %v", id, err)
		}
		info.Severity = s
	}
	return build(t, info)
}

// applyConfig applies fail_level, extensions and per-rule overrides.
func (l *loader) applyConfig(doc *tomlx.Doc, cfg *Config) {
	root := doc.Root()
	if cfg.FailLevel != "" {
		lvl, err := diag.ParseFailLevel(cfg.FailLevel)
		if err != nil {
			l.errs = append(l.errs, root.Errorf("fail_level", "%v", err))
		} else {
			l.set.FailLevel = lvl
		}
	}
	if cfg.Group != "" {
		mode, err := story.ParseMode(cfg.Group)
		if err != nil {
			l.errs = append(l.errs, root.Errorf("group", "%v", err))
		} else {
			l.set.Group = mode
		}
	}
	if cfg.MaxFileSize != "" {
		n, err := ParseSize(cfg.MaxFileSize)
		if err != nil {
			l.errs = append(l.errs, root.Errorf("max_file_size", "max_file_size: %v", err))
		} else {
			l.set.MaxFileSize = n
		}
	}
	if len(cfg.Extensions) > 0 {
		l.set.Extensions = nil
		for _, e := range cfg.Extensions {
			if !strings.HasPrefix(e, ".") {
				e = "." + e
			}
			l.set.Extensions = append(l.set.Extensions, strings.ToLower(e))
		}
	}
	for i, g := range cfg.Include {
		if _, err := filepath.Match(g, "x"); err != nil {
			l.errs = append(l.errs, root.Errorf("include", "include[%d]: bad glob %q: %v", i, g, err))
			continue
		}
		l.set.Include = append(l.set.Include, g)
	}
	l.addDocumentOptions(doc, cfg.Document, cfg.Segment.Titles, cfg.Segment.Abbreviations)
	ids := make([]string, 0, len(cfg.Rules))
	for id := range cfg.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		o := cfg.Rules[id]
		var r Rule
		for _, x := range l.set.All {
			if x.Info().ID == id {
				r = x
			}
		}
		if r == nil {
			l.errs = append(l.errs, &tomlx.Error{File: o.Pos.File, Line: o.Pos.Line, Col: o.Pos.Col,
				Msg: fmt.Sprintf("rules.%q: no rule has this id%s", id, suggestID(id, l.set.All))})
			continue
		}
		if o.Severity != "" {
			s, err := diag.ParseSeverity(o.Severity)
			if err != nil {
				l.errs = append(l.errs, &tomlx.Error{File: o.Pos.File, Line: o.Pos.Line, Col: o.Pos.Col, Msg: fmt.Sprintf("rules.%q: %v", id, err)})
				continue
			}
			r.Info().Severity = s
		}
		if o.Enabled != nil && !*o.Enabled {
			l.set.Disabled[id] = true
		}
	}
}

func suggestID(id string, all []Rule) string {
	best, bestD := "", 4
	for _, r := range all {
		if d := editDistance(id, r.Info().ID); d < bestD {
			best, bestD = r.Info().ID, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
