package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		text string
		want Code
	}{
		{"", Arabic},
		{"123 456 ...", Arabic},
		{"Hello world. This is English.", English},
		{"مرحبا", Arabic},
		{"Hi", English},
		{"ok", English},
		{"قال الرئيس إن شركة Microsoft ستفتح مكتبا في دبي.", Arabic},
		{"قال المتحدث: \"We will not comment on this at all, thank you very much.\" ثم غادر القاعة سريعا دون أي تعليق إضافي على الموضوع.", Arabic},
		{"The minister met Khalid Al-Shuraian (خالد الشريعان) in Washington on Monday to discuss cooperation.", English},
		{"Café naïve résumé", English},
		{"الپنتاغون ٣٫٥", Arabic},
	}
	for _, tc := range tests {
		if got := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestParseResolve(t *testing.T) {
	for in, want := range map[string]Code{"": Auto, "AR": Arabic, "english": English, "auto": Auto} {
		if got, err := Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %s, %v", in, got, err)
		}
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("fr accepted")
	}
	if Resolve(Auto, "hello there") != English || Resolve(Arabic, "hello there") != Arabic {
		t.Error("Resolve")
	}
}

func TestValidTag(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{"ar", true}, {"en-GB", true}, {"zh-Hant-TW", true}, {"es-419", true},
		{"", false}, {"en_GB", false}, {"1en", false}, {"en--GB", false}, {"en-", false},
		{"abcdefghi", false}, {"ar-" + strings.Repeat("a", 33), false}, {"عربي", false},
	}
	for _, tt := range tests {
		if got := ValidTag(tt.tag); got != tt.want {
			t.Errorf("ValidTag(%q) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}
