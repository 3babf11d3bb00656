package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// DefaultMaxFileSize is the largest article read when neither the
// configuration (max_file_size) nor --max-file-size says otherwise: far
// above any piece of copy, low enough that one stray file cannot exhaust
// memory.
const DefaultMaxFileSize = 10 << 20

// sizeUnits are the suffixes ParseSize reads, as powers of 1024.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1}, {"", 1},
}

// ParseSize reads a positive size in bytes: "500000", "512K", "10MiB",
// "1 GB" (K, M and G are powers of 1024 however they are written).
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, u := range sizeUnits {
		num, ok := strings.CutSuffix(t, u.suffix)
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
		if err != nil || n <= 0 || n > (1<<62)/u.mult {
			break
		}
		return n * u.mult, nil
	}
	return 0, fmt.Errorf("%q is not a size such as 10MiB, 512KiB or 1000000", s)
}

// FormatSize writes a size as ParseSize reads it, in the largest unit
// that divides it, or to one decimal when none does.
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		mult int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.mult {
			if n%u.mult == 0 {
				return fmt.Sprintf("%d %s", n/u.mult, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.mult), u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
