package command

import "testing"

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"500M", 500 << 20, true}, {"2G", 2 << 30, true}, {"2g", 2 << 30, true}, {"1048576", 1 << 20, true},
		{"64K", 64 << 10, true}, {"1T", 1 << 40, true}, {"", 0, false}, {"M", 0, false}, {"-5M", 0, false}, {"1.5G", 0, false},
		{"99999999999T", 0, false},
	} {
		got, err := parseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v", tc.in, got, err)
		}
	}
}
