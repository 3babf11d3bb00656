package rules

import (
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
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

// TestLongUvarint holds longUvarint to binary.Uvarint on varints of every
// length (one to ten bytes, non-canonical ones with high zero groups
// too), with and without bytes after them, and on the malformed:
// truncated, overlong, or starting past the end.
func TestLongUvarint(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var cases [][]byte
	for n := 1; n <= 10; n++ {
		for range 200 {
			v := r.Uint64() >> (64 - min(7*n, 64))
			cases = append(cases, binary.AppendUvarint(nil, v))
		}
		// n bytes whatever the value: high groups of zero.
		c := make([]byte, n)
		for i := range n - 1 {
			c[i] = 0x80 | byte(r.IntN(128))
		}
		cases = append(cases, c)
	}
	cases = append(cases, []byte{0x80, 0x80}, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, nil)
	for _, c := range cases {
		for _, tail := range [][]byte{nil, {0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x09}} {
			data := append(append([]byte{0x55}, c...), tail...)
			want, wn := binary.Uvarint(data[1:])
			var got uint64
			var off int
			var err error
			func() {
				defer (&decoder{}).recover(&err)
				got, off = longUvarint(data, 1)
			}()
			switch {
			case wn <= 0 && err == nil:
				t.Errorf("% x: read %d (to %d), want errMalformed", data, got, off)
			case wn > 0 && (err != nil || got != want || off != 1+wn):
				t.Errorf("% x: %d to %d, %v; want %d to %d", data, got, off, err, want, 1+wn)
			}
		}
	}
	var err error
	func() {
		defer (&decoder{}).recover(&err)
		longUvarint([]byte{1}, 2)
	}()
	if !errors.Is(err, errMalformed) {
		t.Errorf("past the end: %v, want errMalformed", err)
	}
}
