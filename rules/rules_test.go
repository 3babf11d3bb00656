package rules_test

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	_ "github.com/factlint/factlint/internal/golden"
	"github.com/factlint/factlint/internal/tomlx"
	"github.com/factlint/factlint/rules"
)

// load writes config to a temporary .factlint.toml and loads it.
func load(t *testing.T, config string) (*rules.Set, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), ".factlint.toml")
	if err := os.WriteFile(p, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return rules.Load(p)
}

// check runs rules (a config with only these rules) over articles given as
// name, text pairs and returns the diagnostics as compact lines
// "name:line:col: rule: message".
func check(t *testing.T, config string, articles ...string) []string {
	t.Helper()
	var out []string
	for _, d := range checkDiags(t, config, articles...) {
		out = append(out, line(d))
	}
	return out
}

// checkDiags is check, returning the diagnostics themselves.
func checkDiags(t *testing.T, config string, articles ...string) []diag.Diagnostic {
	t.Helper()
	set, err := load(t, "default_rules = false\n"+config)
	if err != nil {
		t.Fatalf("loading rules: %v", err)
	}
	return checkSet(t, set, articles...)
}

// checkSet runs a loaded rule set over articles given as name, text
// pairs, grouped as the set says, and returns the diagnostics.
func checkSet(t *testing.T, set *rules.Set, articles ...string) []diag.Diagnostic {
	t.Helper()
	var inputs []checker.Input
	for i := 0; i+1 < len(articles); i += 2 {
		inputs = append(inputs, checker.Input{Path: articles[i], Src: []byte(articles[i+1])})
	}
	res, err := checker.Check(inputs, checker.Options{Rules: set, Jobs: 1, Group: set.Group})
	if err != nil {
		t.Fatal(err)
	}
	return res.Diagnostics
}

func line(d diag.Diagnostic) string {
	s := fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Start.Line, d.Start.Column, d.Rule, d.Message)
	// A fix that --fix applies is "=> text"; a suggestion "=>? text".
	if d.Fix != nil && d.Fix.Safe {
		s += " => " + d.Fix.Replacement
	} else if d.Fix != nil {
		s += " =>? " + d.Fix.Replacement
	}
	return s
}

func expect(t *testing.T, got []string, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n  %s", len(got), len(want), strings.Join(got, "\n  "))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("finding %d:\n  got  %s\n  want %s…", i, got[i], want[i])
		}
	}
}

// deskLexicon is a desk's names rule with one name and one variant.
const deskLexicon = `
[[rule]]
id = "names.desk"
kind = "names"
[[rule.name]]
name = "Volodymyr Zelensky"
variants = ["Volodymyr Zelenskyy"]
`

const typoRule = `
[[rule]]
id = "name.typo"
kind = "typo"
severity = "error"
suffixes = ["s", "n", "ns", "an", "ian", "ry", "er"]
`

func TestTypo(t *testing.T) {
	for _, tc := range []struct {
		name   string
		config string
		// group is the config's group: "all" if empty, since the
		// fixtures are snippets too short for the automatic grouping
		// to link, and a spelling is judged within its story.
		group    string
		articles []string
		want     []string
	}{
		{
			name:   "capitalised mid-sentence near a frequent name",
			config: typoRule,
			articles: []string{
				"a.txt", "Putin spoke. Officials said Putin would travel. Later Putin left.\n",
				"b.txt", "According to media, Putting has already reached the city.\n",
			},
			want: []string{`b.txt:1:21: name.typo: "Putting" looks like a misspelling of "Putin" (named 3 times in 1 article) => Putin`},
		},
		{
			name:   "a family name after another given name is another person",
			config: typoRule,
			articles: []string{
				"a.txt", "The ship Orla Bright ran aground. The Orla Bright lost cargo. Crews reached the Orla Bright.\n",
				"b.txt", "Cafe owner Kerry Bligh said it was heartbreaking.\n",
			},
		},
		{
			name:   "a misspelt family name after the same given name",
			config: typoRule,
			articles: []string{
				"a.txt", "The ship Orla Bright ran aground. The Orla Bright lost cargo. Crews reached the Orla Bright.\n",
				"b.txt", "The crew of the Orla Brigth were rescued.\n",
			},
			want: []string{`b.txt:1:22: name.typo: "Brigth" looks like a misspelling of "Bright"`},
		},
		{
			name:   "a sentence opener is not a name",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Putin would travel. Later Putin left. Aides to Putin agreed.\n",
				"b.txt", "Putting the plan aside, officials left.\n",
			},
		},
		{
			name:   "derived words are not typos",
			config: typoRule,
			articles: []string{
				"a.txt", "He met in Russia. Aides in Russia agreed. Talks in Russia ended. A Russian official spoke.\n",
				"b.txt", "Officials at the Ministry met the Minister, said the Minister of the Minister's party.\n",
			},
		},
		{
			name:   "two equally close names: reported without a fix",
			config: typoRule,
			articles: []string{
				"a.txt", "Then Mark met Marx. Then Mark met Marx. Then Mark met Marx.\n",
				"b.txt", "Officials said Marc was there.\n",
			},
			want: []string{`b.txt:1:16: name.typo: "Marc" looks like a misspelling of "Mark" or "Marx"`},
		},
		{
			name:     "a lexicon name is a target even if the copy never uses it",
			config:   typoRule + deskLexicon,
			articles: []string{"a.txt", "Officials said Zelenksy would speak.\n"},
			want:     []string{`a.txt:1:16: name.typo: "Zelenksy" looks like a misspelling of "Zelensky" (a name in the lexicon) => Zelensky`},
		},
		{
			name:     "a lexicon name is never a typo",
			config:   typoRule + "[[rule]]\nid = \"names.desk\"\nkind = \"names\"\n[[rule.name]]\nname = \"Putina\"\n",
			articles: []string{"a.txt", "Then Putin spoke. Then Putin left. Then Putin came. Officials said Putina agreed.\n"},
		},
		{
			name:   "a given name followed by another family name is another person",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Mark Jones met. Then Mark left. Then Mark came. Aides to Mark agreed.\n",
				"b.txt", "Officials said Mary Smith agreed. Officials said Marx left.\n",
			},
			want: []string{`b.txt:1:50: name.typo: "Marx" looks like a misspelling of "Mark"`},
		},
		{
			name:   "short words allow one edit",
			config: typoRule,
			articles: []string{
				"a.txt", "Built with Maven. Then Maven ran. Then Maven failed.\n",
				"b.txt", "It needs GNU Make to build.\n",
			},
		},
		{
			name:     "a gazetteer name is known but not a target unless used",
			config:   typoRule + "[[rule]]\nid = \"names.places\"\nkind = \"names\"\ntypo_targets = false\n[[rule.name]]\nname = \"Iraq\"\n[[rule.name]]\nname = \"Chad\"\n",
			articles: []string{"a.txt", "Then Iran spoke. Then Iran left. Then Iran came. Officials in Iraq agreed. Officials said Chan agreed.\n"},
		},
		{
			name:   "a word near a crowd of names is a name of its own",
			config: typoRule,
			articles: []string{
				"a.txt", "Then Sanvel spoke. Then Sanvel left. Then Sanvel came. Then Sanvelo spoke. Then Sanvelo left. Then Sanvelo came. Then Santa spoke. Then Santa left. Then Santa came.\n",
				"b.txt", "Officials said Sanveta agreed.\n",
			},
		},
		{
			name:   "max_candidates allows a larger crowd",
			config: strings.Replace(typoRule, "kind = \"typo\"\n", "kind = \"typo\"\nmax_candidates = 3\n", 1),
			articles: []string{
				"a.txt", "Then Sanvel spoke. Then Sanvel left. Then Sanvel came. Then Sanvelo spoke. Then Sanvelo left. Then Sanvelo came. Then Sanvito spoke. Then Sanvito left. Then Sanvito came.\n",
				"b.txt", "Officials said Sanveta agreed.\n",
			},
			want: []string{`b.txt:1:16: name.typo: "Sanveta" looks like a misspelling of "Sanvel" or "Sanvelo" or "Sanvito"`},
		},
		{
			name:   "max_typo_articles: a spelling two articles chose is not a slip",
			config: strings.Replace(typoRule, "kind = \"typo\"\n", "kind = \"typo\"\nmax_typo_articles = 1\n", 1),
			articles: []string{
				"a.txt", "Then Putin spoke. Then Putin left. Then Putin came. Then Putin spoke. Then Putin left. Then Putin came. Officials said Putting agreed.\n",
				"b.txt", "Officials said Putting agreed.\n",
			},
		},
		{
			name:   "without max_typo_articles the same slip in two articles is reported in both",
			config: typoRule,
			articles: []string{
				"a.txt", "Then Putin spoke. Then Putin left. Then Putin came. Then Putin spoke. Then Putin left. Then Putin came. Officials said Putting agreed.\n",
				"b.txt", "Officials said Putting agreed.\n",
			},
			want: []string{
				`a.txt:1:120: name.typo: "Putting" looks like a misspelling of "Putin" (named 6 times in 1 article) => Putin`,
				`b.txt:1:16: name.typo: "Putting" looks like a misspelling of "Putin" (named 6 times in 1 article) => Putin`,
			},
		},
		{
			name:   "a name used twice is a target beside the same name",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Dean Falk spoke. Later Dean Falk left.\n",
				"b.txt", "Port manager Dtan Falk agreed.\n",
			},
			want: []string{`b.txt:1:14: name.typo: "Dtan" looks like a misspelling of "Dean" (named 2 times in 1 article, beside the same name) => Dean`},
		},
		{
			name:   "a given name used twice covers its family name's slip",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Peter Okafor lost money. Later Peter Okafor spoke.\n",
				"b.txt", "Victims included Peter Okaor and others.\n",
			},
			want: []string{`b.txt:1:24: name.typo: "Okaor" looks like a misspelling of "Okafor" (named 2 times in 1 article, beside the same name) => Okafor`},
		},
		{
			name:   "a given name that opens the sentence is the same name beside it",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Karel Stanek spoke. Union boss Karel Stanek left.\n",
				"b.txt", "Karel Stanke, the union's leader, said no.\n",
			},
			want: []string{`b.txt:1:7: name.typo: "Stanke" looks like a misspelling of "Stanek" (named 2 times in 1 article, beside the same name) => Stanek`},
		},
		{
			name:   "an opener that is no name beside it is no evidence",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Karel Stanek spoke. Union boss Karel Stanek left.\n",
				"b.txt", "Then Stanke said no.\n",
			},
		},
		{
			name:   "a name used twice is no target alone or beside another name",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Dean Falk spoke. Later Dean Falk left.\n",
				"b.txt", "Officials said Dtan agreed. Officials said Dtan Smith agreed.\n",
			},
		},
		{
			name:   "beside the same name, the name is used twice as often as the slip",
			config: typoRule,
			articles: []string{
				"a.txt", "Officials said Dean Falk spoke. Later Dean Falk left.\n",
				"b.txt", "Port manager Dtan Falk agreed. Later Dtan Falk left.\n",
			},
		},
		{
			name:   "min_name_uses_beside = 0 turns it off",
			config: strings.Replace(typoRule, "kind = \"typo\"\n", "kind = \"typo\"\nmin_name_uses_beside = 0\n", 1),
			articles: []string{
				"a.txt", "Officials said Dean Falk spoke. Later Dean Falk left.\n",
				"b.txt", "Port manager Dtan Falk agreed.\n",
			},
		},
		{
			name:     "short names are not matched",
			config:   typoRule,
			articles: []string{"a.txt", "Then Kim spoke. Then Kim left. Then Kim came. Officials said Kin agreed.\n"},
		},
		{
			name:   "a name of another story is no evidence",
			config: typoRule,
			group:  "dir",
			articles: []string{
				"summit/a.txt", "Putin spoke. Officials said Putin would travel. Later Putin left.\n",
				"ship/b.txt", "According to media, Putting has already reached the city.\n",
			},
		},
		{
			name:   "judged within its story among others, counted in that story",
			config: typoRule,
			group:  "dir",
			articles: []string{
				"other/a.txt", "Then Putin spoke. Then Putin left. Then Putin came. Aides to Putin agreed.\n",
				"summit/a.txt", "Putin spoke. Officials said Putin would travel. Later Putin left.\n",
				"summit/b.txt", "According to media, Putting has already reached the city.\n",
			},
			want: []string{`summit/b.txt:1:21: name.typo: "Putting" looks like a misspelling of "Putin" (named 3 times in 1 article) => Putin`},
		},
		{
			name:   "a gazetteer name is a target only in a story that uses it",
			group:  "dir",
			config: typoRule + "[[rule]]\nid = \"names.places\"\nkind = \"names\"\ntypo_targets = false\n[[rule.name]]\nname = \"Iraq\"\n",
			articles: []string{
				"war/a.txt", "Officials in Iraq agreed.\n",
				"ship/b.txt", "Officials said Irag agreed.\n",
				"war/c.txt", "Officials said Irak agreed.\n",
			},
			want: []string{`war/c.txt:1:16: name.typo: "Irak" looks like a misspelling of "Iraq" (named once in 1 article) => Iraq`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			group := cmp.Or(tc.group, "all")
			expect(t, check(t, "group = \""+group+"\"\n"+tc.config, tc.articles...), tc.want...)
		})
	}
}

func TestNamesVariants(t *testing.T) {
	const learn = "[[rule]]\nid = \"name.variant\"\nkind = \"names\"\nlearn = true\n"
	got := check(t, learn,
		"a.txt", "Officials said Kim Jong Un left. Kim Jong Un met aides.\n",
		"b.txt", "Officials said Kim Jong Un arrived.\n",
		"c.txt", "Reports said Kim Jong-un left. The Kremlin-backed group met aides.\n",
	)
	expect(t, got, `c.txt:1:14: name.variant: "Kim Jong-un" here, but "Kim Jong Un" 3 times in 2 articles; spell the name one way =>? Kim Jong Un`)

	// A title-case headline capitalises every word; it is not a spelling.
	got = check(t, learn,
		"a.txt", "Kremlin-Backed Group Says Talks Will Continue\n\nThe Kremlin-backed group spoke. The Kremlin-backed group left.\n")
	expect(t, got)

	const lexicon = deskLexicon + "aliases = [\"Zelensky\"]\n"
	got = check(t, lexicon,
		"a.txt", "Volodymyr Zelensky spoke.\n",
		"b.txt", "Volodymyr Zelensky left.\n",
		"c.txt", "Volodymyr Zelenskyy came.\n",
	)
	expect(t, got, `c.txt:1:1: names.desk: "Volodymyr Zelenskyy" here, but "Volodymyr Zelensky" 2 times in 2 articles; spell the name one way => Volodymyr Zelensky`)

	// The lexicon's name is the desk's spelling: it wins even when the
	// copy uses a variant more.
	got = check(t, lexicon,
		"a.txt", "Volodymyr Zelenskyy spoke.\n",
		"b.txt", "Volodymyr Zelenskyy left.\n",
		"c.txt", "Volodymyr Zelensky came.\n",
	)
	expect(t, got,
		`a.txt:1:1: names.desk: "Volodymyr Zelenskyy" here, but "Volodymyr Zelensky" once in 1 article`,
		`b.txt:1:1: names.desk: "Volodymyr Zelenskyy" here, but "Volodymyr Zelensky" once in 1 article`,
	)
}

func TestConsistency(t *testing.T) {
	const article = `
[[rule]]
id = "style.mr"
kind = "consistency"
scope = "article"
what = "titles"
variants = ['\b(?P<m>Mrs?) \p{Lu}', '\b(?P<m>Mrs?\.) \p{Lu}']
`
	got := check(t, article,
		"a.txt", "Mr Kim met Mr Lee. Later Mr. Park came.\n",
		"b.txt", "Mr. Kim met Mr. Lee.\n", // consistent within itself
	)
	expect(t, got, `a.txt:1:26: style.mr: "Mr." here, but "Mr" 2 times in this article; spell titles one way =>? Mr`)

	const corpus = "[[rule]]\nid = \"spelling.defence\"\nkind = \"consistency\"\nvariants = ['\\bDefence\\b', '\\bDefense\\b']\n"
	story := " Tomas Brakvik visited the Orland shipyard at Vellmar."
	got = check(t, corpus,
		"a.txt", "The Defence Minister spoke."+story+"\n",
		"b.txt", "The Defense Minister spoke. The Defense Ministry agreed."+story+"\n",
		"c.txt", "The Defence Ministry said."+story+"\n",
		"d.txt", "The Defense Minister left."+story+"\n",
	)
	// Defense: 3 articles... tie on articles is broken by uses.
	expect(t, got,
		`a.txt:1:5: spelling.defence: "Defence" here, but "Defense" 3 times in 2 articles`,
		`c.txt:1:5: spelling.defence: "Defence" here, but "Defense" 3 times in 2 articles`,
	)

	// The forms are compared within a story: another story's proper
	// name in the other spelling is no slip.
	other := " Captain Ines Marvola of the Kessel coast guard flew over Tarnby harbour."
	got = check(t, corpus,
		"a.txt", "The Defence Minister spoke."+story+"\n",
		"b.txt", "The Defence Ministry agreed."+story+"\n",
		"c.txt", "The Defense Department helped."+other+"\n",
		"d.txt", "The Defense Department searched."+other+"\n",
		"e.txt", "Defense Department staff arrived."+other+"\n",
	)
	expect(t, got)
}

func TestPatternRule(t *testing.T) {
	const cfg = `
[[rule]]
id = "style.alot"
kind = "pattern"
severity = "info"
pattern = '\b(?P<word>[Aa])lot\b'
message = 'Write "${word} lot", not "$0"'
replacement = '$1 lot'
`
	got := check(t, cfg, "a.md", "# Head\n\nIt cost alot. `alot` in code is fine.\n")
	expect(t, got, `a.md:3:9: style.alot: Write "a lot", not "alot" => a lot`)
}

func TestBoilerplate(t *testing.T) {
	const cfg = `
[[rule]]
id = "bp"
kind = "boilerplate"
lines = ['^Audio By \S+$']
list_start = '^Latest Stories$'
list_item = '^\d+ (minutes?|hours?)( -)?$'

[[rule]]
id = "style.x"
kind = "pattern"
pattern = 'Xyzzy'
message = "found $0"
`
	src := "Audio By Somebody Xyzzy\nAudio By Widget\nThe copy.\nLatest Stories\n-\nXyzzy headline\n26 minutes -\nAnother Xyzzy headline\n2 hours\n"
	got := check(t, cfg, "a.txt", src)
	// The furniture is reported once per block and not linted: only the
	// Xyzzy on line 1 (not furniture: the line has more words) is found.
	expect(t, got,
		`a.txt:1:19: style.x: found Xyzzy`,
		`a.txt:2:1: bp: "Audio By Widget" looks like page furniture`,
		`a.txt:4:1: bp: "Latest Stories" and the 5 lines after it`,
	)
}

func TestHonorific(t *testing.T) {
	const cfg = `
[[rule]]
id = "style.title-without-name"
kind = "honorific"
titles = ["Mr", "Dr"]
not_names = ["This", "The"]
particles = ["de"]
`
	got := check(t, cfg, "a.txt",
		"He met Mr. This happened later. Mr Kim came. Mr de Villiers spoke. Dr. The end. He said mr smith.\n")
	expect(t, got,
		`a.txt:1:8: style.title-without-name: "Mr." is followed by "This", not by a name`,
		`a.txt:1:68: style.title-without-name: "Dr." is followed by "The", not by a name`,
	)
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, config, want string
	}{
		{"unknown top-level key", "fail_levle = \"error\"\n", `.factlint.toml:1:1: unknown key "fail_levle" (did you mean "fail_level"?)`},
		{"unknown rule key", "[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 'a'\nmessage = 'm'\nseverty = \"error\"\n", `.factlint.toml:6:1: unknown key "severty" in rule[0] (did you mean "severity"?)`},
		{"wrong type", "[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 3\nmessage = 'm'\n", `.factlint.toml:4:11: key "pattern" in rule[0] must be a string, not an integer`},
		{"bad regexp", "[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 'a('\nmessage = 'm'\n", `.factlint.toml:4:11: rule "x.y": pattern is not a valid regular expression`},
		{"empty match", "[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 'a*'\nmessage = 'm'\n", `rule "x.y": pattern matches the empty string`},
		{"duplicate id", "[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 'a'\nmessage = 'm'\n[[rule]]\nid = \"x.y\"\nkind = \"pattern\"\npattern = 'b'\nmessage = 'm'\n", `.factlint.toml:7:6: duplicate rule id "x.y" (first defined at`},
		{"unknown rule reference", "[rules.\"name.typos\"]\nseverity = \"warning\"\n", `no rule has this id (did you mean "name.typo"?)`},
		{"unknown kind", "[[rule]]\nid = \"x.y\"\nkind = \"regex\"\n", `.factlint.toml:3:8: rule "x.y": unknown kind "regex"`},
		{"missing id", "[[rule]]\nkind = \"pattern\"\n", `rule[0] has no id`},
		{"bad severity", "[rules.\"name.typo\"]\nseverity = \"fatal\"\n", `unknown severity "fatal"`},
		{"bad fail level", "fail_level = \"fatal\"\n", `.factlint.toml:1:14: unknown fail level "fatal"`},
		{"bad group", "group = \"story\"\n", `.factlint.toml:1:9: unknown story mode "story"`},
		{"bad contrasts", "[[rule]]\nid = \"x.y\"\nkind = \"autofacts\"\ncontrasts = [[\"rose\"], [\"rose\"]]\n", `.factlint.toml:4:13: rule "x.y": "rose" is empty or in two contrast groups`},
		{"empty exact contrast", "[[rule]]\nid = \"x.y\"\nkind = \"autofacts\"\ncontrasts = [[\"rose\", \"=\"]]\n", `.factlint.toml:4:13: rule "x.y": "=" is empty or in two contrast groups`},
		{"bad max ratio", "[[rule]]\nid = \"x.y\"\nkind = \"autofacts\"\nmax_ratio = 0.5\n", `rule "x.y": max_ratio is a factor of at least 1`},
		{"bad min_name_uses_beside", "[[rule]]\nid = \"x.y\"\nkind = \"typo\"\nmin_name_uses_beside = 1\n", `.factlint.toml:4:24: rule "x.y": min_name_uses_beside must be 0 (off) or between 2 and min_name_uses (3)`},
		{"missing rule file", "rule_files = [\"nope.toml\"]\n", `cannot read "nope.toml"`},
		{"syntax error", "fail_level = \n", `.factlint.toml:1:`},
		{"not UTF-8", "fail_level = \"\xff\"\n", `not valid UTF-8`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.config)
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error:\n  %v\nwant it to contain:\n  %s", err, tc.want)
			}
			if len(tomlx.Errors(err)) == 0 {
				t.Errorf("error has no file position: %v", err)
			}
		})
	}
}

func TestAllErrorsReportedAtOnce(t *testing.T) {
	_, err := load(t, "fail_levle = 1\n[[rule]]\nid = \"a.b\"\nkind = \"pattern\"\npattern = 'x'\nmessage = 'm'\nsevertiy = 'error'\n")
	if n := len(tomlx.Errors(err)); n != 2 {
		t.Errorf("%d errors reported, want 2: %v", n, err)
	}
}

func TestDefaultPackExamples(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.All {
		info := r.Info()
		if info.Description == "" || info.Example == "" {
			t.Errorf("%s: default rules need a description and an example", info.ID)
		}
		if !strings.HasPrefix(info.Source.File, rules.DefaultPackName) || info.Source.Line == 0 {
			t.Errorf("%s: source %v", info.ID, info.Source)
		}
	}
}

// TestExamplePack loads the example story pack with the default rules and
// checks that it names the misspelling the default rules find, and adds
// its own findings only where the desk's spelling is broken.
func TestExamplePack(t *testing.T) {
	// A configuration reads rule files from its own directory: the pack
	// is copied beside it.
	pack, err := os.ReadFile("examples/kim-putin-summit-2023.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pack.toml"), pack, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, ".factlint.toml")
	if err := os.WriteFile(cfg, []byte("rule_files = ['pack.toml']\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(cfg)
	if err != nil {
		t.Fatalf("loading the example pack: %v", err)
	}
	in := []checker.Input{
		{Path: "a.txt", Src: []byte("Officials said Putin met Sergei Shoigu. Later Sergei Shoigu and Putin spoke. Putin left.\n")},
		{Path: "b.txt", Src: []byte("Officials said Sergey Shoigu flew to Pyongyang. Reports said Pyongyangg was calm.\n")},
	}
	res, err := checker.Check(in, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, line(d))
	}
	expect(t, got,
		`b.txt:1:16: story.kim-putin.names: "Sergey Shoigu" here, but "Sergei Shoigu" 2 times in 1 article; spell the name one way => Sergei Shoigu`,
		`b.txt:1:62: name.typo: "Pyongyangg" looks like a misspelling of "Pyongyang" (named once in 1 article) => Pyongyang`,
	)
}
