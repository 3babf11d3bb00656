package rules

import (
	"errors"
	"math"
	"testing"
)

// TestFloatCodec holds putFloat and decoder.float to the bits of every
// kind of float, read with and without bytes after it, and the decoder to
// refusing the malformed.
func TestFloatCodec(t *testing.T) {
	for _, f := range []float64{
		0, math.Copysign(0, -1), 1, -1, 120, 1.5, 14.2, 0.1, 1e-300, 3e300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1),
		math.Float64frombits(0x7ff8000000000001), // a NaN with a payload
		math.Float64frombits(0x0123456789abcdef), // eight bytes, none zero
	} {
		for _, tail := range [][]byte{nil, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}} {
			data := append(putFloat(nil, f), tail...)
			r := decoder{buf: data}
			var err error
			got := func() float64 {
				defer r.recover(&err)
				return r.float()
			}()
			if err != nil || math.Float64bits(got) != math.Float64bits(f) {
				t.Errorf("%v (%#x), %d bytes after: decoded %v (%#x), %v", f, math.Float64bits(f), len(tail), got, math.Float64bits(got), err)
			}
			if r.off != len(data)-len(tail) {
				t.Errorf("%v: read %d bytes, wrote %d", f, r.off, len(data)-len(tail))
			}
		}
	}
	for _, bad := range [][]byte{nil, {0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}} {
		r := decoder{buf: bad}
		var err error
		func() {
			defer r.recover(&err)
			r.float()
		}()
		if !errors.Is(err, errMalformed) {
			t.Errorf("% x: %v, want errMalformed", bad, err)
		}
	}
}
