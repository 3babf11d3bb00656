package story_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/story"
)

// TestFiguresAfterMany holds grouping by figures to its outcome when the
// run's figures are many, so that grouping's table of figures has grown
// several times before the figures that link two articles are met: two
// articles that share two names and two figures are one story (names
// alone do not link them), two that share the names and no figure are
// not, and the thousand fillers with figures of their own are stories of
// their own. It fails if a figure is numbered twice, or two figures once.
func TestFiguresAfterMany(t *testing.T) {
	// The first article's figures are numbered before the fillers'
	// grow the table, the second's after.
	arts := []story.Article{{Path: "a/one.txt", Terms: []string{"ilse vurmond", "brenmoor"}, Figures: figures("4117 tonnes", "38 barges")}}
	for i := range 1000 {
		arts = append(arts, story.Article{
			Path:    fmt.Sprintf("filler/%d.txt", i),
			Terms:   []string{fmt.Sprintf("grisby %d", i), fmt.Sprintf("varrow %d", i), fmt.Sprintf("ostby %d", i)},
			Figures: figures(fmt.Sprintf("%d cases", 3*i), fmt.Sprintf("%d beds", 3*i+1), fmt.Sprintf("%d per cent", 3*i+2)),
		})
	}
	n := len(arts)
	arts = append(arts,
		story.Article{Path: "b/two.txt", Terms: []string{"ilse vurmond", "brenmoor"}, Figures: figures("38 barges", "4117 tonnes", "9 crew")},
		story.Article{Path: "c/three.txt", Terms: []string{"odo permane", "sallow reach"}, Figures: figures("5220 tonnes")},
		story.Article{Path: "d/four.txt", Terms: []string{"odo permane", "sallow reach"}, Figures: figures("61 barges")},
	)
	want := [][]int{{0, n}}
	for i := 1; i < n; i++ {
		want = append(want, []int{i})
	}
	want = append(want, []int{n + 1}, []int{n + 2})
	for name, a := range map[string][]story.Article{"terms": arts, "numbered": numbered(arts)} {
		if got := story.Group(a, story.Auto, story.Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the first group is %v and the last %v, want %v and %v", name, got[0], got[max(0, len(got)-2):], want[0], want[len(want)-2:])
		}
	}
}
