package names

import "testing"

// BenchmarkLoad is the one-time cost of reading the embedded table.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		load()
	}
}

// BenchmarkLookup is a glossary entry's lookups: a known name, an unknown one, a person.
func BenchmarkLookup(b *testing.B) {
	loadOnce.Do(load)
	for i := 0; i < b.N; i++ {
		LookupVariant("بواشنطن")
		LookupVariant("وزارة الحرب الأمريكية")
		Compose("باراك أوباما")
	}
}
