package rules

import (
	"slices"
	"testing"
)

// TestNameParticleNeighbours checks the words the names scan puts
// beside a family name that opens with particles: the given name
// before the first particle, spaced or joined by a hyphen, up to two
// particles, each parted by one space; nothing across another hyphen
// compound, a doubled space, a loose hyphen or three particles.
func TestNameParticleNeighbours(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, name string
		prevs      []string
		given      string
		nexts      []string
	}{
		{"They met Ilham el-Vardi on Monday.\n", "Vardi", []string{"Ilham"}, "Ilham", []string{"Vardi"}},
		{"They met Joost van der Meulen on Monday.\n", "Meulen", []string{"Joost"}, "Joost", []string{"Meulen"}},
		{"They met Rui da Lomba on Monday.\n", "Lomba", []string{"Rui"}, "Rui", []string{"Lomba"}},
		{"They met Dr al-Vardi on Monday.\n", "Vardi", []string{"Dr"}, "Dr", []string{"Vardi"}},
		{"They met the Quorran pro-Vardi camp on Monday.\n", "Vardi", nil, "Quorran", nil},
		{"They met Rui da  Lomba on Monday.\n", "Lomba", nil, "Rui", nil},
		{"They met Ilham el- Vardi on Monday.\n", "Vardi", nil, "Ilham", nil},
		{"They met Ilham de la de Meulen on Monday.\n", "Meulen", nil, "Ilham", nil},
	} {
		a := articleAt(t, set, "a.txt", []byte(tc.text), 0)
		st := a.Names()
		f, g := st.Form(tc.name), st.Form(tc.given)
		if f == nil || g == nil {
			t.Fatalf("%q: no %q or %q", tc.text, tc.name, tc.given)
		}
		if !slices.Equal(f.Prevs, tc.prevs) || !slices.Equal(g.Nexts, tc.nexts) {
			t.Errorf("%q: %s before %q, %q after %s; want %q, %q", tc.text, tc.name, f.Prevs, g.Nexts, tc.given, tc.prevs, tc.nexts)
		}
	}
}
