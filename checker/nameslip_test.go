package checker_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/english"
	"github.com/factlint/factlint/rules"
)

// slipName matches a capitalised word of letters, four or more.
var slipName = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)

// calendarWords are capitalised words that are no names: the dates rules
// judge them, not the names rules.
var calendarWords = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December")

// TestNameSlipRecall measures the names rules on slips injected at
// random, where the fresh sets' injections are chosen by hand: in every
// story of the dev sets (testdata/fresh*, testdata/stories), every
// capitalised word that two articles or more use, twice or more in all,
// and that is no English word and no day or month, is slipped once, the
// middle letter of its first use in the article that uses it least
// replaced by the next letter of the alphabet ("Varnok" -> "Varook"),
// and the story is checked. A slip is found when a name finding starts
// on its line; a line with a finding on the clean copy is not counted.
//
// Most of what is missed is a name used twice in all (one use each way
// once slipped), where nothing but the spelling tells which is right,
// and a place used three times, whose slip leaves two uses against one.
// The share found must not fall below the floor.
func TestNameSlipRecall(t *testing.T) {
	const floor = 0.9085 // 2,158 of 2,373 found after round 34 (a given name slipped before the same family name; a name used three times beside the same generic word, "Cape", "Valley", as the other two uses; family words of one tie; an English word one edit from a titled family name); 1,963 of 2,373 on main before it, with fresh26's stories; 1,874 of 2,270 found after round 33 (a name used twice by two outlets and once otherwise by a third; a given name after the same family word); 1,807 of 2,270 on main before it; less two
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "testdata")
	sets, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	for _, s := range sets {
		if !s.IsDir() || s.Name() != "stories" && !strings.HasPrefix(s.Name(), "fresh") {
			continue
		}
		dirs, err := os.ReadDir(filepath.Join(root, s.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dirs {
			if !d.IsDir() || d.Name() == "golden" {
				continue
			}
			f, n := slipStory(t, set, filepath.Join(root, s.Name(), d.Name()))
			found += f
			total += n
		}
	}
	if total < 1000 {
		t.Fatalf("only %d names slipped: the stories lost their names?", total)
	}
	share := float64(found) / float64(total)
	t.Logf("%d of %d slipped names found (%.1f%%)", found, total, 100*share)
	if share < floor {
		t.Errorf("found %.1f%% of slipped names, below the floor of %.1f%%", 100*share, 100*floor)
	}
}

// slipStory slips each name of the story in dir in turn (see
// TestNameSlipRecall) and returns how many slips were found, of how
// many counted.
func slipStory(t *testing.T, set *rules.Set, dir string) (found, total int) {
	in, texts := readStoryDir(t, dir)
	clean := map[string]bool{}
	for _, dg := range checkStory(t, set, in) {
		clean[fmt.Sprintf("%s:%d", dg.File, dg.Start.Line)] = true
	}
	count := map[string]int{}
	arts := map[string]map[int]bool{}
	for i, tx := range texts {
		for _, w := range slipName.FindAllString(tx, -1) {
			count[w]++
			if arts[w] == nil {
				arts[w] = map[int]bool{}
			}
			arts[w][i] = true
		}
	}
	var names []string
	for w, c := range count {
		if c >= 2 && len(arts[w]) >= 2 && !english.IsWord(strings.ToLower(w)) && !slices.Contains(calendarWords, w) {
			names = append(names, w)
		}
	}
	slices.Sort(names)
	for _, w := range names {
		// The article that uses it least, the first of those.
		best, uses := -1, 0
		for i := range texts {
			if n := strings.Count(texts[i], w); arts[w][i] && (best < 0 || n < uses) {
				best, uses = i, n
			}
		}
		src := texts[best]
		at := regexp.MustCompile(`\b` + w + `\b`).FindStringIndex(src)
		if at == nil {
			continue
		}
		p := len(w) / 2
		slip := w[:p] + string(rune('a'+(w[p]-'a'+1)%26)) + w[p+1:]
		line := strings.Count(src[:at[0]], "\n") + 1
		if clean[fmt.Sprintf("%s:%d", in[best].Path, line)] {
			continue
		}
		variant := slices.Clone(in)
		variant[best].Src = []byte(src[:at[0]] + slip + src[at[1]:])
		total++
		if slices.ContainsFunc(checkStory(t, set, variant), func(dg diag.Diagnostic) bool {
			return dg.File == in[best].Path && dg.Start.Line == line && strings.HasPrefix(dg.Rule, "name.")
		}) {
			found++
			continue
		}
		t.Logf("missed: %s:%d %s -> %s (%d uses in %d articles)", in[best].Path, line, w, slip, count[w], len(arts[w]))
	}
	return found, total
}
