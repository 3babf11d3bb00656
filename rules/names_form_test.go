package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNameFormByIndex: Form finds a spelling without building the map of
// forms, and answers for every spelling of the article, and for words
// it does not use, what the map answers once built; also in rooms
// recycled from articles with more and with fewer spellings.
func TestNameFormByIndex(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(34, 1))
	syll := []string{"ka", "ro", "vel", "mi", "tun", "sa", "bre", "lo", "dex", "qui", "ann", "or"}
	word := func() string {
		w := ""
		for range 1 + rng.IntN(3) {
			w += syll[rng.IntN(len(syll))]
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	for _, n := range []int{0, 1, 3, 40, 300, 7, 900, 2} {
		var b strings.Builder
		b.WriteString("the copy opens in lower case.")
		var used []string
		for range n {
			w := word()
			used = append(used, w)
			fmt.Fprintf(&b, " then %s met %s Borl at the %s depot.", w, word(), word())
		}
		b.WriteString("\n")
		st := articleAt(t, set, "a.txt", []byte(b.String()), 1).Names()
		asked := append(slices.Clone(st.words), used...)
		asked = append(asked, "Zzq", "Q", "", "borl", "Borl’s", "Ka"+strings.Repeat("ro", 20))
		got := make([]*NameForm, len(asked))
		for i, w := range asked {
			got[i] = st.Form(w)
		}
		if st.Forms != nil {
			t.Errorf("%d names: Form built the map of forms", n)
		}
		m := st.FormMap()
		for i, w := range asked {
			if want := m[w]; got[i] != want {
				t.Errorf("%d names: Form(%q) = %p, the map's is %p", n, w, got[i], want)
			}
		}
		RecycleNames(st)
	}
}
