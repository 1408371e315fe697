package arabic_test

import (
	"fmt"

	"github.com/arprep/arprep/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("الإِسْتِرَاتِيجِيَّة"))
	fmt.Println(arabic.Normalize("«الپنتاغون» عـــام ٢٠٢٤"))
	fmt.Println(arabic.NormalizeFolds("مدرسة إلى", arabic.Alef))
	// Output:
	// الاستراتيجيه
	// «البنتاغون» عام 2024
	// مدرسة الى
}

func ExampleTokens() {
	s := "بلغ النمو ٣٫٥٪، انظر https://kuna.net.kw"
	for _, t := range arabic.Tokens(s) {
		fmt.Printf("%d-%d %s %s\n", t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0-6 word بلغ
	// 7-17 word النمو
	// 18-24 number ٣٫٥
	// 24-26 punct ٪
	// 26-28 punct ،
	// 29-37 word انظر
	// 38-57 url https://kuna.net.kw
}

func ExampleKey() {
	for _, w := range []string{"الكويت", "والكويت", "للكويت", "لبنان", "ولبنان", "والد"} {
		fmt.Println(w, arabic.Key(w))
	}
	// Output:
	// الكويت كويت
	// والكويت كويت
	// للكويت كويت
	// لبنان لبنان
	// ولبنان لبنان
	// والد والد
}

func ExampleVariant() {
	fmt.Println(arabic.Variant("أمريكا", "أميركا"))
	fmt.Println(arabic.Variant("الإستراتيجية", "الاستراتيجية"))
	fmt.Println(arabic.Variant("كاتب", "مكتب"))
	// Output:
	// true
	// true
	// false
}

func ExampleHamzaVariant() {
	fmt.Println(arabic.HamzaVariant("المسؤولين", "المسئولين"))
	fmt.Println(arabic.HamzaVariant("أمريكا", "أميركا")) // a Variant: a vowel letter moved
	fmt.Println(arabic.HamzaVariant("الحكومة", "الحوكمة"))
	// Output:
	// true
	// false
	// false
}

func ExampleFrequency() {
	fmt.Println(arabic.Frequency("تونس") > 0)    // a word of the news
	fmt.Println(arabic.Frequency("برازايل") > 0) // a misspelling of برازيل
	// Output:
	// true
	// false
}

func ExampleSplitClitics() {
	prefix, stem, suffix := arabic.SplitClitics(arabic.Normalize("وبحكومتهم"))
	fmt.Printf("%s|%s|%s\n", prefix, stem, suffix)
	// Output:
	// وب|حكومت|هم
}
