package suppress_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/suppress"

	_ "github.com/factlint/factlint/internal/golden"
)

func read(t *testing.T, f document.Format, src string) *document.Document {
	t.Helper()
	d, err := document.ReadFormat("a", []byte(src), f, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func span(l diag.Location) string {
	return fmt.Sprintf("%d:%d-%d:%d", l.Start.Line, l.Start.Column, l.End.Line, l.End.Column)
}

// describe renders what Parse read, one line per directive or problem:
//
//	factlint-disable-next-line 1:1-1:45 line 2: name.typo 1:33-1:42
//	factlint-disable 3:1-3:26: * (all) until 7
//	! 4:5-4:9 message
func describe(f *suppress.File) string {
	var b strings.Builder
	for _, d := range f.Directives {
		fmt.Fprintf(&b, "%s %s", d.Kind, span(d.Loc))
		if d.Kind == suppress.NextLine {
			fmt.Fprintf(&b, " line %d", d.Line)
		}
		b.WriteString(":")
		for _, p := range d.Rules {
			if p.Implicit {
				b.WriteString(" * (all)")
			} else {
				fmt.Fprintf(&b, " %s %s", p.Name, span(p.Loc))
			}
			if d.Kind == suppress.Disable {
				fmt.Fprintf(&b, " until %d", p.ToLine)
			}
		}
		if d.Reason != "" {
			fmt.Fprintf(&b, " (%s)", d.Reason)
		}
		b.WriteString("\n")
	}
	for _, p := range f.Problems {
		fmt.Fprintf(&b, "! %s %s %s [%s]\n", p.Severity, span(p.Location), p.Message, p.Rule)
	}
	return b.String()
}

func TestParse(t *testing.T) {
	md, html, txt := document.Markdown, document.HTML, document.PlainText
	tests := []struct {
		name   string
		format document.Format
		src    string
		want   string
	}{
		{"markdown next line", md,
			"<!-- factlint-disable-next-line name.typo -->\nPutting met Kim.\n",
			"factlint-disable-next-line 1:1-1:46 line 2: name.typo 1:33-1:42\n"},
		{"list with commas, blanks and globs", md,
			"<!-- factlint-disable-next-line name.typo, fact.*,style.honorific-stop   date* -->\nx\n",
			"factlint-disable-next-line 1:1-1:83 line 2: name.typo 1:33-1:42 fact.* 1:44-1:50 style.honorific-stop 1:51-1:71 date* 1:74-1:79\n"},
		{"every rule", md,
			"<!--factlint-disable-next-line-->\nx\n",
			"factlint-disable-next-line 1:1-1:34 line 2: * (all)\n"},
		{"the next line skips blank lines and other comments", md,
			"<!-- factlint-disable-next-line name.typo -->\n\n<!-- factlint-disable-next-line fact.* -->\n  <!-- note -->\n\nPutting met Kim.\n",
			"factlint-disable-next-line 1:1-1:46 line 6: name.typo 1:33-1:42\nfactlint-disable-next-line 3:1-3:43 line 6: fact.* 3:33-3:39\n"},
		{"inline directive covers the next line", md,
			"Kim met <!-- factlint-disable-next-line name.typo --> Putting.\nPutting again.\n",
			"factlint-disable-next-line 1:9-1:54 line 2: name.typo 1:41-1:50\n"},
		{"nothing follows", md,
			"x\n\n<!-- factlint-disable-next-line name.typo -->\n\n",
			"factlint-disable-next-line 3:1-3:46 line 0: name.typo 3:33-3:42\n"},
		{"region closed by name, another open to the end", md,
			"<!-- factlint-disable name.typo, fact.* -->\na\n<!-- factlint-enable name.typo -->\nb\n",
			"factlint-disable 1:1-1:44: name.typo 1:23-1:32 until 3 fact.* 1:34-1:40 until 0\nfactlint-enable 3:1-3:35: name.typo 3:22-3:31\n"},
		{"blanket region", md,
			"<!-- factlint-disable -->\na\n\n<!-- factlint-disable name.typo -->\n<!-- factlint-enable -->\n",
			"factlint-disable 1:1-1:26: * (all) until 5\nfactlint-disable 4:1-4:36: name.typo 4:23-4:32 until 5\nfactlint-enable 5:1-5:25: * (all)\n"},
		{"enable closes the latest region of that name", md,
			"<!-- factlint-disable fact.* -->\n<!-- factlint-disable fact.* -->\n<!-- factlint-enable fact.* -->\n",
			"factlint-disable 1:1-1:33: fact.* 1:23-1:29 until 0\nfactlint-disable 2:1-2:33: fact.* 2:23-2:29 until 3\nfactlint-enable 3:1-3:32: fact.* 3:22-3:28\n"},
		{"reason", md,
			"<!-- factlint-disable-next-line name.typo -- the desk checked the name -->\nx\n",
			"factlint-disable-next-line 1:1-1:75 line 2: name.typo 1:33-1:42 (the desk checked the name)\n"},
		{"multi-line comment", md,
			"<!--\n  factlint-disable-next-line\n  name.typo\n-->\nPutting.\n",
			"factlint-disable-next-line 1:1-4:4 line 5: name.typo 3:3-3:12\n"},
		{"columns count code points", md,
			"Zoë café <!-- factlint-disable-next-line name.typo -->\nx\n",
			"factlint-disable-next-line 1:10-1:55 line 2: name.typo 1:42-1:51\n"},
		{"html", html,
			"<p>Kim</p>\n<!-- factlint-disable-next-line name.typo -->\n<p>Putting</p>\n<!-- factlint-disable fact.* --><p>x</p><!-- factlint-enable fact.* -->",
			"factlint-disable-next-line 2:1-2:46 line 3: name.typo 2:33-2:42\nfactlint-disable 4:1-4:33: fact.* 4:23-4:29 until 4\nfactlint-enable 4:41-4:72: fact.* 4:62-4:68\n"},
		{"plain text", txt,
			"Kim met.\n%% factlint-disable-next-line name.typo\nPutting.\n  %%factlint-disable fact.*\nx\n%% factlint-enable\n",
			"factlint-disable-next-line 2:1-2:40 line 3: name.typo 2:31-2:40\nfactlint-disable 4:3-4:28: fact.* 4:22-4:28 until 6\nfactlint-enable 6:1-6:19: * (all)\n"},
		{"plain text CRLF, stacked", txt,
			"%% factlint-disable-next-line name.typo\r\n%% factlint-disable-next-line fact.*\r\n\r\nPutting.\r\n",
			"factlint-disable-next-line 1:1-1:40 line 4: name.typo 1:31-1:40\nfactlint-disable-next-line 2:1-2:37 line 4: fact.* 2:31-2:37\n"},
		{"not directives", md,
			"<!-- factlint checks this page -->\n<!--factlintdisable-->\n\n```\n<!-- factlint-disable -->\n```\n\n`<!-- factlint-disable -->`\n",
			""},
		{"plain text: an HTML comment is copy, not a directive", txt,
			"<!-- factlint-disable -->\n",
			""},
		{"unknown directive", md,
			"x <!-- factlint-disable-line name.typo -->\n",
			"! warning 1:8-1:29 unknown directive \"factlint-disable-line\" (want factlint-disable-next-line, factlint-disable or factlint-enable) [suppression.malformed]\n"},
		{"malformed names are left out", md,
			"<!-- factlint-disable-next-line Name.Typo, name.typo, fa*ct -->\nx\n",
			"factlint-disable-next-line 1:1-1:64 line 2: name.typo 1:44-1:53\n" +
				"! warning 1:33-1:42 factlint-disable-next-line: \"Name.Typo\" is not a rule id (lower case, as factlint rules lists them; a glob may only end in *) [suppression.malformed]\n" +
				"! warning 1:55-1:60 factlint-disable-next-line: \"fa*ct\" is not a rule id (lower case, as factlint rules lists them; a glob may only end in *) [suppression.malformed]\n"},
		{"a directive whose names are all malformed does not widen to every rule", md,
			"<!-- factlint-disable NAME -->\nx\n",
			"! warning 1:23-1:27 factlint-disable: \"NAME\" is not a rule id (lower case, as factlint rules lists them; a glob may only end in *) [suppression.malformed]\n"},
		{"empty entries", md,
			"<!-- factlint-disable-next-line name.typo,,fact.*, -->\nx\n",
			"factlint-disable-next-line 1:1-1:55 line 2: name.typo 1:33-1:42 fact.* 1:44-1:50\n" +
				"! warning 1:43-1:44 factlint-disable-next-line: empty rule name in the list [suppression.malformed]\n" +
				"! warning 1:50-1:51 factlint-disable-next-line: empty rule name in the list [suppression.malformed]\n"},
		{"enable with nothing open", txt,
			"x\n%% factlint-enable name.typo\n",
			"factlint-enable 2:1-2:29: name.typo 2:20-2:29\n! warning 2:20-2:29 factlint-enable name.typo: no factlint-disable of name.typo is open here [suppression.malformed]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(suppress.Parse(read(t, tc.format, tc.src)))
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestMatches(t *testing.T) {
	for _, tc := range []struct {
		pattern, rule string
		want          bool
	}{
		{"name.typo", "name.typo", true},
		{"name.typo", "name.typos", false},
		{"name.*", "name.typo", true},
		{"name.*", "names.x", false},
		{"name*", "names.x", true},
		{"*", "anything", true},
		{"fact.*", "fact", false},
	} {
		p := &suppress.Pattern{Name: tc.pattern}
		if got := p.Matches(tc.rule); got != tc.want {
			t.Errorf("%q matches %q = %v, want %v", tc.pattern, tc.rule, got, tc.want)
		}
	}
}

// finding builds a diagnostic of rule at the nth occurrence of word in
// the document's source.
func finding(t *testing.T, d *document.Document, word string, nth int, rule string) diag.Diagnostic {
	t.Helper()
	src := string(d.Src)
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(src[from:], word)
		if i < 0 {
			t.Fatalf("occurrence %d of %q not found", nth, word)
		}
		if k == nth {
			start, end := from+i, from+i+len(word)
			return diag.Diagnostic{
				Location: diag.Location{File: d.Path, Start: d.Position(start), End: d.Position(end), StartByte: start, EndByte: end},
				Severity: diag.Error, Rule: rule, Message: word,
			}
		}
		from += i + len(word)
	}
}

func render(ds []diag.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", d.File, d.Start.Line, d.Start.Column, d.Severity, d.Message, d.Rule)
	}
	return b.String()
}

var known = []string{"name.typo", "name.variant", "fact.mismatch", "fact.conversion", "style.honorific-stop"}

func TestApply(t *testing.T) {
	a := read(t, document.Markdown, strings.Join([]string{
		"Putin met Kim.", // 1
		"<!-- factlint-disable-next-line name.typo, fact.* -->",               // 2
		"Putting said 50 miles.",                                              // 3
		"Putting said 60 miles.",                                              // 4
		"<!-- factlint-disable name.variant -->",                              // 5
		"Kim Jong-un left.",                                                   // 6
		"<!-- factlint-enable name.variant -->",                               // 7
		"Kim Jong-un came back.",                                              // 8
		"<!-- factlint-disable-next-line style.honorific-stop, nmae.typo -->", // 9
		"Mr. Kim.",                  // 10
		"<!-- factlint-disable -->", // 11
		"Mr. This.",                 // 12
	}, "\n"))
	bDoc, err := document.ReadFormat("b", []byte("Putting said 50 miles.\nPutting said 50 miles.\nPutting said 50 miles.\n"), document.PlainText, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*suppress.File{"a": suppress.Parse(a), "b": suppress.Parse(bDoc)}
	diags := []diag.Diagnostic{
		finding(t, a, "Putting", 0, "name.typo"),            // 3: suppressed
		finding(t, a, "50 miles", 0, "fact.mismatch"),       // 3: suppressed by the glob
		finding(t, a, "Putting", 1, "name.typo"),            // 4: kept, not the next line
		finding(t, a, "Kim Jong-un", 0, "name.variant"),     // 6: suppressed by the region
		finding(t, a, "Kim Jong-un", 1, "name.variant"),     // 8: kept, after the enable
		finding(t, a, "Kim Jong-un", 0, "name.typo"),        // 6: kept, another rule
		finding(t, a, "Mr.", 0, "style.title-without-name"), // 10: kept; not named
		finding(t, a, "This", 0, "style.title-without-name"),
		// In b, line 3 is line 3 of b: a's directive does not reach it.
		finding(t, bDoc, "Putting", 0, "name.typo"),
		finding(t, bDoc, "Putting", 2, "name.typo"),
	}
	diag.Sort(diags)
	kept, suppressed := suppress.Apply(diags, files, known)
	wantKept := "" +
		"a:4:1: error: Putting [name.typo]\n" +
		"a:6:1: error: Kim Jong-un [name.typo]\n" +
		"a:8:1: error: Kim Jong-un [name.variant]\n" +
		"a:9:33: info: unused factlint-disable-next-line: no style.honorific-stop finding starts on line 10 [suppression.unused]\n" +
		"a:9:55: warning: factlint-disable-next-line: unknown rule \"nmae.typo\" (did you mean \"name.typo\"?) [suppression.unknown-rule]\n" +
		"a:10:1: error: Mr. [style.title-without-name]\n" +
		"b:1:1: error: Putting [name.typo]\n" +
		"b:3:1: error: Putting [name.typo]\n"
	if got := render(kept); got != wantKept {
		t.Errorf("kept:\n%s\nwant:\n%s", got, wantKept)
	}
	wantSuppressed := "" +
		"a:3:1: error: Putting [name.typo]\n" +
		"a:3:14: error: 50 miles [fact.mismatch]\n" +
		"a:6:1: error: Kim Jong-un [name.variant]\n" +
		"a:12:5: error: This [style.title-without-name]\n"
	if got := render(suppressed); got != wantSuppressed {
		t.Errorf("suppressed:\n%s\nwant:\n%s", got, wantSuppressed)
	}
	// Apply resets its state: a second call gives the same answer.
	kept2, suppressed2 := suppress.Apply(diags, files, known)
	if render(kept2) != render(kept) || render(suppressed2) != render(suppressed) {
		t.Errorf("a second Apply differs:\n%s", render(kept2))
	}
	// Without findings every directive is unused.
	kept3, _ := suppress.Apply(nil, files, known)
	wantUnused := "" +
		"a:2:33: info: unused factlint-disable-next-line: no name.typo finding starts on line 3 [suppression.unused]\n" +
		"a:2:44: info: unused factlint-disable-next-line: no fact.* finding starts on line 3 [suppression.unused]\n" +
		"a:5:23: info: unused factlint-disable: no name.variant finding between here and the factlint-enable on line 7 [suppression.unused]\n" +
		"a:9:33: info: unused factlint-disable-next-line: no style.honorific-stop finding starts on line 10 [suppression.unused]\n" +
		"a:9:55: warning: factlint-disable-next-line: unknown rule \"nmae.typo\" (did you mean \"name.typo\"?) [suppression.unknown-rule]\n" +
		"a:11:1: info: unused factlint-disable: no finding between here and the end of the file [suppression.unused]\n"
	if got := render(kept3); got != wantUnused {
		t.Errorf("with no findings:\n%s\nwant:\n%s", got, wantUnused)
	}
}

// TestApplyEdges: two directives over one finding are both used; an
// unknown glob is reported as matching no rule; a directive with no line
// after it is unused; malformed directives are reported once per Apply.
func TestApplyEdges(t *testing.T) {
	d := read(t, document.PlainText, strings.Join([]string{
		"%% factlint-disable name.typo",           // 1
		"%% factlint-disable-next-line name.typo", // 2
		"Putting came.",                           // 3
		"%% factlint-disable-next-line zzz.*",     // 4
		"Putting went.",                           // 5
		"%% factlint-bogus",                       // 6
		"%% factlint-disable-next-line fact.*",    // 7
	}, "\n"))
	files := map[string]*suppress.File{"a": suppress.Parse(d)}
	diags := []diag.Diagnostic{finding(t, d, "Putting", 0, "name.typo"), finding(t, d, "Putting", 1, "name.typo")}
	kept, suppressed := suppress.Apply(diags, files, known)
	want := "" +
		"a:4:31: warning: factlint-disable-next-line: no rule matches \"zzz.*\" (factlint rules lists them) [suppression.unknown-rule]\n" +
		"a:6:4: warning: unknown directive \"factlint-bogus\" (want factlint-disable-next-line, factlint-disable or factlint-enable) [suppression.malformed]\n" +
		"a:7:31: info: unused factlint-disable-next-line: no line follows it [suppression.unused]\n"
	if got := render(kept); got != want {
		t.Errorf("kept:\n%s\nwant:\n%s", got, want)
	}
	if len(suppressed) != 2 {
		t.Errorf("suppressed %d findings, want both (the region covers line 5)", len(suppressed))
	}
}
