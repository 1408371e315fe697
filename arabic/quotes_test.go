package arabic

import "testing"

func TestClosingQuote(t *testing.T) {
	for _, tt := range []struct {
		open, closing string
		ok            bool
	}{
		{"«", "»", true}, {"“", "”", true}, {"\"", "\"", true},
		{"»", "", false}, {"(", "", false}, {"«الناس", "", false}, {"", "", false},
	} {
		if closing, ok := ClosingQuote(tt.open); closing != tt.closing || ok != tt.ok {
			t.Errorf("ClosingQuote(%q) = %q, %v; want %q, %v", tt.open, closing, ok, tt.closing, tt.ok)
		}
	}
}
