package story_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/story"

	_ "github.com/factlint/factlint/internal/golden"
)

// Name sets of two unrelated stories: a leader's armoured-train journey to
// a summit, and a car crash in a city. Both mention the United States.
var (
	summit = [][]string{
		{"kim jong un", "vladimir putin", "vladivostok", "armoured train", "khasan", "tumen river", "pyongyang", "russky island", "united states"},
		{"kim jong un", "vladivostok", "russky island", "far eastern federal university", "dmitry peskov", "pyongyang", "kcna"},
		{"kim jong un", "kim jong un", "vladimir putin", "khasan", "armoured train", "tumen river", "ussuriysk", "kcna"},
		{"vladimir putin", "dmitry peskov", "vladivostok", "russky island", "sergei lavrov", "united states", "jake sullivan"},
		{"kim jong un", "armoured train", "pyongyang", "ussuriysk", "vladivostok", "choe son hui"},
	}
	crash = [][]string{
		{"leeds", "kirkstall road", "west yorkshire police", "leeds general infirmary", "ford fiesta", "united states"},
		{"west yorkshire police", "kirkstall road", "headingley", "ford fiesta", "leeds"},
		{"leeds general infirmary", "leeds", "west yorkshire police", "yorkshire ambulance service", "headingley"},
	}
)

// articles builds articles with the given term lists, in order, named
// a0.md, a1.md, … in one directory.
func articles(sets ...[]string) []story.Article {
	out := make([]story.Article, len(sets))
	for i, terms := range sets {
		out[i] = story.Article{Path: fmt.Sprintf("copy/a%d.md", i), Terms: terms}
	}
	return out
}

// names returns n distinct terms with the given prefix.
func names(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %d", prefix, i)
	}
	return out
}

func cat(sets ...[]string) []string { return slices.Concat(sets...) }

func TestGroup(t *testing.T) {
	explicit := func(id string, terms ...string) story.Article {
		return story.Article{Path: "copy/" + id + ".md", Story: id, Terms: terms}
	}
	shared := []string{"alpha", "bravo", "charlie"}
	tests := []struct {
		name     string
		articles []story.Article
		mode     story.Mode
		opt      story.Options
		want     [][]int
	}{
		{
			name:     "empty",
			articles: nil,
			want:     nil,
		},
		{
			name:     "single article",
			articles: articles(summit[0]),
			want:     [][]int{{0}},
		},
		{
			name:     "single article without terms",
			articles: articles(nil),
			want:     [][]int{{0}},
		},
		{
			name:     "two unrelated stories",
			articles: articles(summit[0], summit[1], summit[2], summit[3], summit[4], crash[0], crash[1], crash[2]),
			want:     [][]int{{0, 1, 2, 3, 4}, {5, 6, 7}},
		},
		{
			name:     "two unrelated stories interleaved",
			articles: articles(crash[0], summit[0], summit[1], crash[1], summit[2], summit[3], crash[2], summit[4]),
			want:     [][]int{{0, 3, 6}, {1, 2, 4, 5, 7}},
		},
		{
			name: "one common name does not merge stories",
			articles: articles(
				[]string{"united states", "kim jong un", "vladivostok", "armoured train"},
				[]string{"united states", "kim jong un", "vladivostok", "armoured train"},
				[]string{"united states", "leeds", "kirkstall road", "ford fiesta"},
				[]string{"united states", "leeds", "kirkstall road", "ford fiesta"},
			),
			want: [][]int{{0, 1}, {2, 3}},
		},
		{
			name: "two common names do not merge stories",
			articles: articles(
				[]string{"united states", "london", "kim jong un", "vladivostok", "armoured train"},
				[]string{"united states", "london", "leeds", "kirkstall road", "ford fiesta"},
			),
			want: [][]int{{0}, {1}},
		},
		{
			name: "repeated terms count once",
			articles: articles(
				[]string{"leeds", "leeds", "leeds", "headingley"},
				[]string{"leeds", "leeds", "leeds", "kirkstall road"},
			),
			want: [][]int{{0}, {1}},
		},
		{
			name: "chain joins",
			articles: articles(
				cat(names("a", 3), names("x", 3)),
				cat(names("x", 3), names("y", 3)),
				cat(names("y", 3), names("c", 2)),
				names("z", 4),
			),
			want: [][]int{{0, 1, 2}, {3}},
		},
		{
			name: "chain joins out of order",
			articles: articles(
				cat(names("y", 3), names("c", 2)),
				names("z", 4),
				cat(names("a", 3), names("x", 3)),
				cat(names("x", 3), names("y", 3)),
			),
			want: [][]int{{0, 2, 3}, {1}},
		},
		{
			name: "explicit story ids override terms",
			articles: []story.Article{
				explicit("summit", summit[1]...),
				explicit("crash", summit[3]...),
				explicit("summit", crash[0]...),
				{Path: "copy/x.md", Terms: summit[0]},
				{Path: "copy/y.md", Terms: summit[2]},
				explicit("crash", crash[1]...),
			},
			want: [][]int{{0, 2}, {1, 5}, {3, 4}},
		},
		{
			name: "explicit story ids in all mode",
			articles: []story.Article{
				{Path: "a.md"},
				explicit("s1"),
				{Path: "b/c.md"},
				explicit("s2"),
				explicit("s1"),
			},
			mode: story.All,
			want: [][]int{{0, 2}, {1, 4}, {3}},
		},
		{
			name: "dir mode",
			articles: []story.Article{
				{Path: "news/a/1.md", Terms: summit[0]},
				{Path: "news/b/1.md", Terms: summit[1]},
				{Path: "./news/b/../a/2.md", Terms: crash[0]},
				{Path: "top.md"},
				{Path: "news/b/2.md"},
				{Path: "other.md"},
				{Path: "news/a/3.md", Story: "elsewhere"},
				{Path: "news/a//4.md"},
			},
			mode: story.Dir,
			want: [][]int{{0, 2, 7}, {1, 4}, {3, 5}, {6}},
		},
		{
			name:     "all mode",
			articles: articles(summit[0], crash[0], nil, summit[1]),
			mode:     story.All,
			want:     [][]int{{0, 1, 2, 3}},
		},
		{
			name:     "min shared default is 3: two shared terms do not link",
			articles: articles(cat(shared[:2], names("p", 2)), cat(shared[:2], names("q", 2))),
			want:     [][]int{{0}, {1}},
		},
		{
			name:     "min shared default is 3: three shared terms link",
			articles: articles(cat(shared, names("p", 2)), cat(shared, names("q", 2))),
			want:     [][]int{{0, 1}},
		},
		{
			name:     "min shared set to 2",
			articles: articles(cat(shared[:2], names("p", 2)), cat(shared[:2], names("q", 2))),
			opt:      story.Options{MinShared: 2},
			want:     [][]int{{0, 1}},
		},
		{
			name:     "min shared set to 4",
			articles: articles(cat(shared, names("p", 2)), cat(shared, names("q", 2))),
			opt:      story.Options{MinShared: 4},
			want:     [][]int{{0}, {1}},
		},
		{
			// 3 shared of 16 distinct terms is under 0.2.
			// Of two articles, a shared term weighs ln(2), an own
			// term ln(3): 3 shared and 5 own terms are 0.27.
			name:     "min overlap default is 0.3: too little overlap",
			articles: articles(cat(shared, names("p", 5)), cat(shared, names("q", 5))),
			want:     [][]int{{0}, {1}},
		},
		{
			// 3 shared and 4 own terms are 0.32.
			name:     "min overlap default is 0.3: enough overlap",
			articles: articles(cat(shared, names("p", 4)), cat(shared, names("q", 4))),
			want:     [][]int{{0, 1}},
		},
		{
			// 5 shared and 15 own terms are 0.17: enough with 5 shared.
			name:     "many shared terms need less overlap",
			articles: articles(cat(shared, []string{"delta", "echo"}, names("p", 15)), cat(shared, []string{"delta", "echo"}, names("q", 15))),
			want:     [][]int{{0, 1}},
		},
		{
			// 4 shared and 12 own terms are 0.17: not enough with 4.
			name:     "fewer shared terms need more overlap",
			articles: articles(cat(shared, []string{"delta"}, names("p", 12)), cat(shared, []string{"delta"}, names("q", 12))),
			want:     [][]int{{0}, {1}},
		},
		{
			// The smaller article decides: 3 of 4 terms.
			name:     "min overlap uses the smaller article",
			articles: articles(cat(shared, names("p", 40)), cat(shared, names("q", 1))),
			want:     [][]int{{0, 1}},
		},
		{
			name:     "min overlap set to 0.1",
			articles: articles(cat(shared, names("p", 13)), cat(shared, names("q", 13))),
			opt:      story.Options{MinOverlap: 0.1},
			want:     [][]int{{0, 1}},
		},
		{
			// The round-up names three people of one article of each
			// of three stories that each hold together on their own.
			name: "round-up joins one story and merges none",
			articles: articles(
				cat(names("a", 6), names("a own", 2)),
				cat(names("a", 6), names("a other", 2)),
				cat(names("b", 6), names("b own", 2)),
				cat(names("b", 6), names("b other", 2)),
				cat(names("c", 6), names("c own", 2)),
				cat(names("c", 6), names("c other", 2)),
				cat(names("a", 3), names("b", 3), names("c", 4)),
			),
			want: [][]int{{0, 1}, {2, 3}, {4, 5, 6}},
		},
		{
			name: "round-up first in the input",
			articles: articles(
				cat(names("a", 3), names("b", 3), names("c", 4)),
				cat(names("a", 6), names("a own", 2)),
				cat(names("b", 6), names("b own", 2)),
				cat(names("c", 6), names("c own", 2)),
				cat(names("a", 6), names("a other", 2)),
				cat(names("b", 6), names("b other", 2)),
				cat(names("c", 6), names("c other", 2)),
			),
			want: [][]int{{0, 3, 6}, {1, 4}, {2, 5}},
		},
		{
			// Every article of both stories is linked to the round-up.
			name: "round-up linked to every article of two stories",
			articles: articles(
				cat(names("a", 5), names("a own", 1)),
				cat(names("a", 5), names("a other", 1)),
				cat(names("a", 5), names("a third", 1)),
				cat(names("b", 5), names("b own", 1)),
				cat(names("b", 5), names("b other", 1)),
				cat(names("a", 4), names("b", 3)),
			),
			want: [][]int{{0, 1, 2, 5}, {3, 4}},
		},
		{
			// Two round-ups share most of their names and each names
			// more people of the first story: both join it.
			name: "two round-ups",
			articles: articles(
				cat(names("a", 6), names("a own", 2)),
				cat(names("a", 6), names("a other", 2)),
				cat(names("b", 6), names("b own", 2)),
				cat(names("b", 6), names("b other", 2)),
				cat(names("a", 4), names("b", 3)),
				cat(names("a", 4), names("b", 3), names("digest", 1)),
			),
			want: [][]int{{0, 1, 4, 5}, {2, 3}},
		},
		{
			// The articles of one story name people of two sides,
			// each article most of one side and some of the other:
			// all are linked with each other, so the round-up that
			// also names them is no reason to split them.
			name: "story of two sides stays one, round-up joins it",
			articles: articles(
				cat(names("a", 6), names("b", 3), names("own", 1)),
				cat(names("a", 6), names("b", 6)[3:], names("other", 1)),
				cat(names("b", 6), names("a", 3), names("third", 1)),
				cat(names("b", 6), names("a", 6)[3:], names("fourth", 1)),
				cat(names("a", 3), names("b", 3), names("c", 4)),
				cat(names("c", 6), names("c own", 2)),
				cat(names("c", 6), names("c other", 2)),
			),
			want: [][]int{{0, 1, 2, 3, 4}, {5, 6}},
		},
		{
			// The price of the hub rule: two pairs of articles, linked
			// to each other by one link only, are two stories, as a
			// round-up and a story would be.
			name: "two pairs joined by one link are split",
			articles: articles(
				cat(names("a", 6), names("a own", 2)),
				cat(names("a", 6), names("b", 3)),
				cat(names("b", 6), names("b own", 2)),
				cat(names("b", 6), names("b other", 2)),
			),
			want: [][]int{{0, 1}, {2, 3}},
		},
		{
			// A long article and briefs that each take other names
			// from it, and are not linked to each other.
			name: "briefs around one long article stay one story",
			articles: articles(
				names("long", 12),
				cat(names("long", 3), names("p", 1)),
				cat(names("long", 12)[3:6], names("q", 1)),
				cat(names("long", 12)[6:9], names("r", 1)),
			),
			want: [][]int{{0, 1, 2, 3}},
		},
		{
			// Neighbours that stand alone do not make a hub, even when
			// one other neighbour's story holds together.
			name: "one story and a single article around an article",
			articles: articles(
				cat(names("a", 6), names("a own", 2)),
				cat(names("a", 6), names("a other", 2)),
				cat(names("x", 3), names("y", 3)),
				cat(names("a", 3), names("x", 3)),
			),
			want: [][]int{{0, 1, 2, 3}},
		},
		{
			// Each article names half of two others and nothing of the
			// fourth: every article's two neighbours name the rest of
			// the story (the article across), so none is a hub.
			name: "four articles each naming two others stay one story",
			articles: articles(
				cat(names("p", 3), names("q", 3), names("own", 1)),
				cat(names("r", 3), names("s", 3), names("other", 1)),
				cat(names("p", 3), names("r", 3), names("third", 1)),
				cat(names("q", 3), names("s", 3), names("fourth", 1)),
			),
			want: [][]int{{0, 1, 2, 3}},
		},
		{
			name:     "min overlap set to 0.5",
			articles: articles(cat(shared, names("p", 4)), cat(shared, names("q", 4))),
			opt:      story.Options{MinOverlap: 0.5},
			want:     [][]int{{0}, {1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := story.Group(tt.articles, tt.mode, tt.opt)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Group = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFrequentTerms checks the document-frequency cap and the weights: in
// a run of at most 100 articles every term counts, though a term that
// many articles use weighs little; in a larger run a term used by more
// than 100 articles (and 2% of them) links nothing.
func TestFrequentTerms(t *testing.T) {
	common := []string{"united states", "police", "london"}
	run := func(n, own int) []story.Article {
		sets := make([][]string, n)
		for i := range sets {
			sets[i] = cat(common, names(fmt.Sprint("own", i), own))
		}
		return articles(sets...)
	}

	got := story.Group(run(100, 1), story.Auto, story.Options{})
	if len(got) != 1 {
		t.Errorf("100 articles sharing 3 of their 4 terms: %d stories, want 1", len(got))
	}
	got = story.Group(run(100, 4), story.Auto, story.Options{})
	if len(got) != 100 {
		t.Errorf("100 articles sharing only 3 common terms of 7: %d stories, want 100", len(got))
	}

	got = story.Group(run(150, 2), story.Auto, story.Options{})
	if len(got) != 150 {
		t.Errorf("150 articles sharing only 3 frequent terms: %d stories, want 150", len(got))
	}

	// Frequent terms neither link nor count in the overlap denominator:
	// two articles sharing 3 rare terms, each with 3 frequent terms and
	// 2 own terms, still link.
	arts := run(150, 2)
	arts[0].Terms = cat(arts[0].Terms, []string{"alpha", "bravo", "charlie"})
	arts[1].Terms = cat(arts[1].Terms, []string{"alpha", "bravo", "charlie"})
	got = story.Group(arts, story.Auto, story.Options{})
	if len(got) != 149 || !slices.Equal(got[0], []int{0, 1}) {
		t.Errorf("rare terms among frequent ones: %d stories, first %v; want 149, [0 1]", len(got), got[0])
	}
}

func TestModeParse(t *testing.T) {
	for _, m := range []story.Mode{story.Auto, story.Dir, story.All} {
		got, err := story.ParseMode(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMode(%q) = %v, %v; want %v", m.String(), got, err, m)
		}
	}
	if got, err := story.ParseMode(" Dir "); err != nil || got != story.Dir {
		t.Errorf(`ParseMode(" Dir ") = %v, %v; want dir`, got, err)
	}
	for _, s := range []string{"", "directory", "none"} {
		_, err := story.ParseMode(s)
		if err == nil || !strings.Contains(err.Error(), "auto, dir or all") {
			t.Errorf("ParseMode(%q) error = %v; want one naming auto, dir or all", s, err)
		}
	}
	if s := story.Mode(9).String(); s != "mode(9)" {
		t.Errorf("Mode(9).String() = %q", s)
	}
}

// canonical sorts each group and orders groups by first index.
func canonical(groups [][]int) [][]int {
	for _, g := range groups {
		slices.Sort(g)
	}
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}

// TestDeterminism groups shuffled copies of the input and maps the result
// back to the original indices: the grouping must not change.
func TestDeterminism(t *testing.T) {
	inputs := map[string][]story.Article{
		"two stories": articles(summit[0], summit[1], summit[2], summit[3], summit[4], crash[0], crash[1], crash[2]),
		"chain": articles(
			cat(names("a", 3), names("x", 3)),
			cat(names("x", 3), names("y", 3)),
			cat(names("y", 3), names("c", 2)),
			names("z", 4),
		),
	}
	gen, _ := generate(rand.New(rand.NewPCG(3, 4)), 2000, 400)
	inputs["generated"] = gen
	r2 := rand.New(rand.NewPCG(9, 10))
	gen, of := generate(r2, 2000, 400)
	inputs["generated with round-ups"], _ = addRoundups(r2, gen, of, 400, 40, 4)
	inputs["round-up"] = articles(
		cat(names("a", 6), names("a own", 2)),
		cat(names("b", 6), names("b own", 2)),
		cat(names("a", 3), names("b", 3), names("c", 3)),
		cat(names("c", 6), names("c own", 2)),
		cat(names("a", 6), names("a other", 2)),
		cat(names("b", 6), names("b other", 2)),
		cat(names("c", 6), names("c other", 2)),
	)

	r := rand.New(rand.NewPCG(5, 6))
	for name, arts := range inputs {
		want := story.Group(arts, story.Auto, story.Options{})
		for range 5 {
			perm := r.Perm(len(arts))
			shuffled := make([]story.Article, len(arts))
			for to, from := range perm {
				shuffled[to] = arts[from]
			}
			got := story.Group(shuffled, story.Auto, story.Options{})
			for _, g := range got {
				for k, i := range g {
					g[k] = perm[i]
				}
			}
			if got = canonical(got); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: shuffled input grouped differently:\ngot  %v\nwant %v", name, got, want)
			}
		}
	}
}

// generate makes a run of n articles in the given number of stories of 2–10
// articles each, in shuffled order. Each story has a pool of 40 own terms;
// each article uses 30 of them and draws 10 more, with repeats, from a
// common pool of 200 terms shared by every story. It returns the articles
// and the story of each.
func generate(r *rand.Rand, n, stories int) ([]story.Article, []int) {
	const (
		minSize, maxSize = 2, 10
		poolSize         = 40
		ownTerms         = 30
		commonSize       = 200
		commonTerms      = 10
	)
	sizes := make([]int, stories)
	total := 0
	for s := range sizes {
		sizes[s] = minSize + r.IntN(maxSize-minSize+1)
		total += sizes[s]
	}
	for total != n {
		s := r.IntN(stories)
		switch {
		case total > n && sizes[s] > minSize:
			sizes[s]--
			total--
		case total < n && sizes[s] < maxSize:
			sizes[s]++
			total++
		}
	}

	common := names("common", commonSize)
	var of []int
	var arts []story.Article
	for s, size := range sizes {
		pool := names(fmt.Sprint("story", s), poolSize)
		for range size {
			terms := make([]string, 0, ownTerms+commonTerms)
			for _, k := range r.Perm(poolSize)[:ownTerms] {
				terms = append(terms, pool[k])
			}
			for range commonTerms {
				terms = append(terms, common[r.IntN(commonSize)])
			}
			arts = append(arts, story.Article{Terms: terms})
			of = append(of, s)
		}
	}
	r.Shuffle(len(arts), func(i, j int) {
		arts[i], arts[j] = arts[j], arts[i]
		of[i], of[j] = of[j], of[i]
	})
	for i := range arts {
		arts[i].Path = fmt.Sprintf("copy/%05d.md", i)
	}
	return arts, of
}

// TestGenerated checks that every generated story is grouped on its own,
// with no merges and no splits, although common terms link many articles
// of different stories by three or more shared terms.
func TestGenerated(t *testing.T) {
	const n, stories = 20000, 4000
	arts, of := generate(rand.New(rand.NewPCG(1, 2)), n, stories)
	size := make([]int, stories)
	for _, s := range of {
		size[s]++
	}
	got := story.Group(arts, story.Auto, story.Options{})
	if len(got) != stories {
		t.Errorf("%d groups, want %d", len(got), stories)
	}
	seen := make([]bool, stories)
	for _, g := range got {
		s := of[g[0]]
		for _, i := range g {
			if of[i] != s {
				t.Fatalf("group %v merges stories %d and %d", g, s, of[i])
			}
		}
		if len(g) != size[s] || seen[s] {
			t.Fatalf("story %d (%d articles) split: group %v", s, size[s], g)
		}
		seen[s] = true
	}
}

// addRoundups appends count round-ups to a generated run: each names 12
// terms of the pool of each of per stories drawn at random (as a weekly
// digest names the people of the week's stories), so that it is linked to
// most articles of those stories. Their story in the returned slice is -1.
func addRoundups(r *rand.Rand, arts []story.Article, of []int, stories, count, per int) ([]story.Article, []int) {
	for range count {
		var terms []string
		for _, s := range r.Perm(stories)[:per] {
			pool := names(fmt.Sprint("story", s), 40)
			for _, k := range r.Perm(len(pool))[:12] {
				terms = append(terms, pool[k])
			}
		}
		arts = append(arts, story.Article{Path: fmt.Sprintf("copy/roundup-%03d.md", len(arts)), Terms: terms})
		of = append(of, -1)
	}
	return arts, of
}

// TestGeneratedRoundups adds round-ups to a generated run: every story is
// still grouped whole and on its own, and each round-up joins at most one
// story.
func TestGeneratedRoundups(t *testing.T) {
	const n, stories = 2000, 400
	r := rand.New(rand.NewPCG(7, 8))
	arts, of := generate(r, n, stories)
	arts, of = addRoundups(r, arts, of, stories, 40, 4)
	size := make([]int, stories)
	for _, s := range of {
		if s >= 0 {
			size[s]++
		}
	}
	got := story.Group(arts, story.Auto, story.Options{})
	seen := make([]bool, stories)
	joined := 0
	for _, g := range got {
		s, members, roundups := -1, 0, 0
		for _, i := range g {
			switch {
			case of[i] < 0:
				roundups++
			case s < 0:
				s, members = of[i], 1
			case of[i] != s:
				t.Fatalf("group %v merges stories %d and %d", g, s, of[i])
			default:
				members++
			}
		}
		if s < 0 {
			continue
		}
		joined += roundups
		if members != size[s] || seen[s] {
			t.Fatalf("story %d (%d articles) split: group %v", s, size[s], g)
		}
		seen[s] = true
	}
	// The round-ups are linked to their stories; were they not, this
	// test would show nothing.
	if joined == 0 {
		t.Errorf("no round-up joined a story")
	}
}

func BenchmarkGroup(b *testing.B) {
	const n, stories = 20000, 4000
	arts, _ := generate(rand.New(rand.NewPCG(1, 2)), n, stories)
	b.ReportAllocs()
	for b.Loop() {
		story.Group(arts, story.Auto, story.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/article")
}

// BenchmarkGroupRoundups is BenchmarkGroup with 200 digests, each linked to
// the articles of 4 stories: the hub test walks their links.
func BenchmarkGroupRoundups(b *testing.B) {
	const n, stories = 20000, 4000
	r := rand.New(rand.NewPCG(1, 2))
	arts, of := generate(r, n, stories)
	arts, _ = addRoundups(r, arts, of, stories, 200, 4)
	b.ReportAllocs()
	for b.Loop() {
		story.Group(arts, story.Auto, story.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(arts)), "ns/article")
}

// figures returns the keys of figures written as "VALUE WORD".
func figures(written ...string) []uint64 {
	out := make([]uint64, len(written))
	for i, w := range written {
		num, word, _ := strings.Cut(w, " ")
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			// Not a number: a distinct figure all the same.
			v = float64(i) + 0.5
			word = w
		}
		out[i] = story.FigureKey(v, v, word)
	}
	return out
}

func TestFigureKey(t *testing.T) {
	k := story.FigureKey(146, 146, "cases")
	if story.FigureKey(146, 146, "Cases") != k {
		t.Error("the word's case changes the key")
	}
	for _, other := range []uint64{
		story.FigureKey(147, 147, "cases"),
		story.FigureKey(146, 146, "case"),
		story.FigureKey(146, 150, "cases"),
		story.FigureKey(146, 146, ""),
	} {
		if other == k {
			t.Errorf("a different figure has the key of 146 cases")
		}
	}
}

// TestFigures checks that shared figures link an article that names alone
// leave alone, and nothing else.
func TestFigures(t *testing.T) {
	// A story told by a wire and a broadsheet, who share its names, and
	// a regional piece that names two of them and its own people.
	wire := story.Article{Path: "copy/wire.md", Terms: cat(names("story", 6), names("wire", 2)),
		Figures: figures("146 cases", "2.3e+09 EUR", "9 days")}
	broadsheet := story.Article{Path: "copy/broadsheet.md", Terms: cat(names("story", 6), names("broadsheet", 2))}
	regional := story.Article{Path: "copy/regional.md", Terms: cat(names("story", 2), names("regional", 4)),
		Figures: figures("146 cases", "2.3e+09 EUR", "140 teachers")}
	// Another story, whose articles name each other's people.
	other := []story.Article{
		{Path: "copy/other0.md", Terms: cat(names("other", 5), names("story", 2)), Figures: figures("146 cases", "2.3e+09 EUR")},
		{Path: "copy/other1.md", Terms: names("other", 5)},
	}
	without := func(a story.Article) story.Article { a.Figures = nil; return a }
	tests := []struct {
		name     string
		articles []story.Article
		want     [][]int
	}{
		{
			name:     "shared figures link a regional piece",
			articles: []story.Article{wire, broadsheet, regional},
			want:     [][]int{{0, 1, 2}},
		},
		{
			name:     "without its figures the regional piece stands alone",
			articles: []story.Article{wire, broadsheet, without(regional)},
			want:     [][]int{{0, 1}, {2}},
		},
		{
			name: "figures with one shared name do not link",
			articles: []story.Article{wire, broadsheet, {Path: "copy/regional.md",
				Terms: cat(names("story", 1), names("regional", 4)), Figures: regional.Figures}},
			want: [][]int{{0, 1}, {2}},
		},
		{
			name:     "figures do not link an article that names already link",
			articles: []story.Article{wire, broadsheet, other[0], other[1]},
			want:     [][]int{{0, 1}, {2, 3}},
		},
		{
			name: "unshared figures do not dilute the overlap",
			articles: []story.Article{
				{Path: "copy/a.md", Terms: cat(names("story", 3), names("a", 4)), Figures: figures(names("figure a", 40)...)},
				{Path: "copy/b.md", Terms: names("story", 3), Figures: figures(names("figure b", 40)...)},
			},
			want: [][]int{{0, 1}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := story.Group(tc.articles, story.Auto, story.Options{})
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// numbered returns a copy of arts whose terms are numbered (TermIDs),
// the numbers given in reverse order of the articles, so that they are
// not the order in which grouping would number the terms itself.
func numbered(arts []story.Article) []story.Article {
	ids := map[string]int32{}
	out := slices.Clone(arts)
	for i := len(out) - 1; i >= 0; i-- {
		a := &out[i]
		a.TermIDs = make([]int32, len(a.Terms))
		for k, t := range a.Terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ids))
				ids[t] = id
			}
			a.TermIDs[k] = id
		}
	}
	return out
}

// TestTermIDs checks that grouping articles whose terms the caller
// numbered gives the stories that grouping them by their terms' text
// does: on the cases of TestGroup's kind (explicit stories, figures),
// generated stories with round-ups, and with one article's numbers
// missing (grouping then numbers every term itself).
func TestTermIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	gen, of := generate(r, 3000, 600)
	gen, _ = addRoundups(r, gen, of, 600, 30, 4)
	withFigures := articles(summit[0], summit[1], summit[2], crash[0], crash[1], crash[2], summit[3])
	withFigures[2].Figures = figures("146 cases", "22 per cent")
	withFigures[4].Figures = figures("146 cases", "22 per cent")
	withFigures[1].Story = "desk-7"
	withFigures[5].Story = "desk-7"
	for name, arts := range map[string][]story.Article{
		"summit and crash":  articles(slices.Concat(summit, crash)...),
		"figures, explicit": withFigures,
		"generated":         gen,
	} {
		want := story.Group(arts, story.Auto, story.Options{})
		num := numbered(arts)
		if got := story.Group(num, story.Auto, story.Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: numbered terms grouped as %v, want %v", name, got, want)
		}
		num[len(num)/2].TermIDs = nil
		if got := story.Group(num, story.Auto, story.Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: terms numbered but one article's grouped as %v, want %v", name, got, want)
		}
	}
}

// BenchmarkGroupNumbered is BenchmarkGroup with the terms numbered by the
// caller, as the checker numbers them.
func BenchmarkGroupNumbered(b *testing.B) {
	const n, stories = 20000, 4000
	arts, _ := generate(rand.New(rand.NewPCG(1, 2)), n, stories)
	arts = numbered(arts)
	b.ReportAllocs()
	for b.Loop() {
		story.Group(arts, story.Auto, story.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/article")
}
