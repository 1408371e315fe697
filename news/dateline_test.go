package news

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// datelineCases: each input with the dateline expected to be cut from it ("" for none). One or
// more per pattern of doc.go, and the look-alikes that must keep their text.
var datelineCases = []struct {
	name, in, want string
}{
	// Patterns
	{"agency in brackets (ANT)", "تونس (وات) - أعلنت وزارة الصحة اليوم عن حملة تلقيح جديدة.", "تونس (وات) - "},
	{"city date agency", "تونس 11 ديسمبر 2016 (وات) - انطلقت اليوم أشغال المؤتمر.", "تونس 11 ديسمبر 2016 (وات) - "},
	{"Reuters Arabic", "سان فرانسيسكو 20 يوليو تموز (رويترز) - قالت شركة أبل إن مبيعاتها ارتفعت.", "سان فرانسيسكو 20 يوليو تموز (رويترز) - "},
	{"agency only in brackets", "(أ ف ب) - قتل خمسة أشخاص في انفجار.", "(أ ف ب) - "},
	{"reporter outlet city colon", "عبدالله البرقاوي- سبق- الرياض: أعلنت وزارة الداخلية القبض على المتهم.", "عبدالله البرقاوي- سبق- الرياض: "},
	{"outlet city colon", "سبق- الدمام: باشرت فرق الدفاع المدني حريقا في حي الفيصلية.", "سبق- الدمام: "},
	{"agency city colon", "واس - الرياض: رعى خادم الحرمين الشريفين حفل التخرج.", "واس - الرياض: "},
	{"city agency colon", "الرياض – واس: وصل ولي العهد إلى جدة.", "الرياض – واس: "},
	{"byline line", "فايز الحسيكي – عين اليوم", "فايز الحسيكي – عين اليوم"},
	{"byline glued", "فايز الحسيكي – عين اليوم أعلنت أمانة المنطقة الشرقية عن مشروع جديد.", "فايز الحسيكي – عين اليوم "},
	{"city dash", "القاهرة - أعلنت الحكومة المصرية اليوم عن خطة جديدة للنقل.", "القاهرة - "},
	{"city agency no dash", "الرياض (واس) أعلن مجلس الوزراء عن ميزانية العام.", "الرياض (واس) "},
	{"English Reuters", "WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday.", "WASHINGTON (Reuters) - "},
	{"English date", "LONDON, July 20 (Reuters) - British inflation rose in June.", "LONDON, July 20 (Reuters) - "},
	{"English upper city dash", "PARIS — France said on Monday it would send more troops.", "PARIS — "},
	{"dpa abbreviation", "برلين (د ب أ) - أعلنت الحكومة الألمانية عن خطة.", "برلين (د ب أ) - "},
	{"MENA", "نيودلهي (أ ش أ) - أعلنت الهند عن إطلاق قمر صناعي.", "نيودلهي (أ ش أ) - "},
	{"byline lead", "بقلم: محمد العلي", "بقلم: محمد العلي"},
	{"English byline", "By John Smith", "By John Smith"},
	{"date line", "الأحد 20 يوليو 2015", "الأحد 20 يوليو 2015"},
	{"hijri date line", "الأحد 5 رمضان 1436هـ", "الأحد 5 رمضان 1436هـ"},
	{"agency line", "واس", "واس"},
	{"city agency line", "تونس (وات)", "تونس (وات)"},
	{"Kuwait KUNA", "الكويت - كونا: استقبل سمو الأمير رئيس الوزراء.", "الكويت - كونا: "},
	{"long reporter name", "عبدالله بن محمد البرقاوي- سبق- الرياض: أعلنت الوزارة.", "عبدالله بن محمد البرقاوي- سبق- الرياض: "},
	{"tatweel as dash", "الرياض ـ واس: رعى الأمير الحفل.", "الرياض ـ واس: "},
	{"byline in brackets", "فايز الحسيكي (عين اليوم)", "فايز الحسيكي (عين اليوم)"},
	{"outlet city line", "سبق - الرياض", "سبق - الرياض"},
	{"hijri and gregorian", "الرياض 5 رمضان 1436 هـ الموافق 22 يونيو 2015 م (واس) - رعى الأمير الحفل.", "الرياض 5 رمضان 1436 هـ الموافق 22 يونيو 2015 م (واس) - "},
	{"unknown city before agency", "سان خوسيه 20 يوليو تموز (رويترز) - قالت الشركة إن أرباحها زادت.", "سان خوسيه 20 يوليو تموز (رويترز) - "},
	{"SPA wire dateline line", "الرياض 20 رمضان 1436 هـ الموافق 07 يوليو 2015 م واس", "الرياض 20 رمضان 1436 هـ الموافق 07 يوليو 2015 م واس"},
	{"SPA wire dateline glued", "جدة 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس رعى الأمير حفل التخرج.", "جدة 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس "},
	{"outlet in quotes", "بيروت - «الحياة» - أعلنت الحكومة اللبنانية عن خطة.", "بيروت - «الحياة» - "},
	{"outlet in quotes colon", "الرياض – «الجزيرة»: أعلنت الوزارة عن خطة.", "الرياض – «الجزيرة»: "},
	{"name with آل", "عبد الله بن محمد آل الشيخ - سبق - الرياض: أعلنت الهيئة.", "عبد الله بن محمد آل الشيخ - سبق - الرياض: "},
	// Saudi shapes: reporter and city on a line of their own, outlets introduced as such, source
	// words
	{"reporter city line", "محمد العتيبي - الرياض", "محمد العتيبي - الرياض"},
	{"city reporter line", "أبها - فهد الشهري", "أبها - فهد الشهري"},
	{"city reporter colon glued", "الرياض - فهد العجلان: أكد أمير المنطقة أهمية المشروع.", "الرياض - فهد العجلان: "},
	{"city reporter colon glued, en dash", "أبها – محمد آل مشيط: أعلنت إمارة المنطقة عن مشروع جديد.", "أبها – محمد آل مشيط: "},
	{"reporter city line en dash", "محمد العتيبي – الرياض", "محمد العتيبي – الرياض"},
	{"reporter city line em dash", "محمد العتيبي — الرياض", "محمد العتيبي — الرياض"},
	{"reporter city line colon", "محمد العتيبي: الرياض", "محمد العتيبي: الرياض"},
	{"city reporter line colon", "الرياض: عبد الله الحربي", "الرياض: عبد الله الحربي"},
	{"introduced outlet colon", "صحيفة المرصد: أعلنت وزارة الصحة عن حملة جديدة.", "صحيفة المرصد: "},
	{"introduced outlet dash", "موقع عاجل - أعلنت وزارة الصحة عن حملة جديدة.", "موقع عاجل - "},
	{"introduced outlet named like a city", "جريدة الرياض: أعلنت وزارة الصحة عن حملة جديدة.", "جريدة الرياض: "},
	{"introduced Saudi e-outlets", "صحيفة الوئام: أعلنت الوزارة عن حملة.", "صحيفة الوئام: "},
	{"introduced channel", "قناة الإخبارية - أعلنت الوزارة عن حملة.", "قناة الإخبارية - "},
	{"city follow-ups line", "الرياض - متابعات", "الرياض - متابعات"},
	{"city follow-ups colon", "الرياض - متابعات: أعلنت الوزارة عن حملة.", "الرياض - متابعات: "},
	{"follow-ups line", "متابعات:", "متابعات:"},
	{"follow-ups colon", "متابعات: أعلنت الوزارة عن حملة جديدة.", "متابعات: "},
	{"agencies city line", "وكالات - الرياض", "وكالات - الرياض"},
	{"exclusive outlet line", "خاص - سبق", "خاص - سبق"},
	{"outlet exclusive colon", "سبق - خاص: أعلنت الوزارة عن حملة.", "سبق - خاص: "},
	{"city reporter outlet colon", "الرياض - عبدالله الحربي - سبق: أعلنت الوزارة عن حملة.", "الرياض - عبدالله الحربي - سبق: "},
	{"report byline", "تقرير: عبدالله الحربي", "تقرير: عبدالله الحربي"},
	{"wrote byline dash", "كتب - محمد الغامدي", "كتب - محمد الغامدي"},
	{"interview byline", "حوار - محمد الغامدي", "حوار - محمد الغامدي"},
	{"English Riyadh", "RIYADH (Reuters) - Saudi Arabia said on Monday it would raise output.", "RIYADH (Reuters) - "},
	{"Okaz reporter city in brackets", "فهد البقمي (جدة)", "فهد البقمي (جدة)"},
	{"Okaz outlet city in brackets", "عكاظ (جدة)", "عكاظ (جدة)"},
	{"city comma reporter line", "الرياض، عبدالله الحسني", "الرياض، عبدالله الحسني"},
	{"city colon outlet line (Al-Watan)", "أبها: الوطن", "أبها: الوطن"},
	{"city colon outlet in quotes line", "لندن: «الشرق الأوسط»", "لندن: «الشرق الأوسط»"},
	{"city outlet line (Al-Yaum)", "الدمام - اليوم", "الدمام - اليوم"},
	{"common outlet glued: only the city", "الدمام - اليوم أعلنت وزارة الصحة عن حملة تلقيح جديدة.", "الدمام - "},
	{"city outlet colon (Al-Marsd)", "الرياض – المرصد:", "الرياض – المرصد:"},
	// Look-alikes: the text stays
	{"city and a city-named outlet: two places", "جدة - مكة", ""},
	{"two cities headline", "جدة - الطائف: طريق جديد يربط المدينتين", ""},
	{"Okaz shape glued to text", "فهد البقمي (جدة) أعلنت وزارة الصحة عن حملة جديدة.", ""},
	{"official quote with a city", "خالد الفيصل: مكة تستعد لموسم الحج", ""},
	{"common outlet colon headline", "الوطن: السعودية تدرس رفع الأسعار", ""},
	{"reporter city glued to text", "محمد العتيبي - الرياض أعلنت وزارة الصحة عن حملة جديدة.", ""},
	{"quote after a name", "فهد العجلان: لن نتراجع عن قرارنا.", ""},
	{"city, title and colon", "الرياض - أمير المنطقة: لن نتراجع عن قرارنا.", ""},
	{"club, player and colon", "الهلال - محمد نور: موعد المباراة غدا.", ""},
	{"headline with a city", "الرياض تستضيف القمة العربية", ""},
	{"city's emir dash verb", "أمير الرياض - يستقبل السفير", ""},
	{"city dash verb", "الرياض - يستقبل السفير", ""},
	{"two clubs colon line", "الهلال - النصر: موعد المباراة", ""},
	{"club and outlet-named club", "الهلال - الجزيرة: موعد المباراة والقناة الناقلة.", ""},
	{"two places", "السعودية - الإمارات", ""},
	{"quote of a named person", "محمد العتيبي: لن نتراجع", ""},
	{"dialogue of religions", "حوار الأديان في الرياض", ""},
	{"interview headline", "حوار: الأمير يتحدث عن الرؤية", ""},
	{"books headline", "كتب جديدة في معرض الرياض", ""},
	{"report headline", "تقرير: الاقتصاد السعودي ينمو", ""},
	{"wrote byline no separator", "كتب محمد الغامدي", "كتب محمد الغامدي"},
	{"outlet as subject, no label", "عكاظ: الوزارة تدرس رفع الأسعار.", ""},
	{"paper quoted in a headline", "صحيفة أمريكية: السعودية تدرس رفع الإنتاج.", ""},
	{"follow-ups as a word", "متابعات الوزارة مستمرة للمشروع.", ""},
	{"quote then speaker", "«لن نتراجع» - وزير الخارجية: المفاوضات مستمرة.", ""},
	{"date then agency as subject", "في 20 يوليو 2015 واس نشرت الخبر.", ""},
	{"long sentence before a bracketed agency", "أكد وزير الخارجية في مؤتمر صحفي عقده اليوم مع نظيره (واس) - أن العلاقات متينة.", ""},
	{"tatweel stretching a word", "الرياض تستضيـــف القمة العربية.", ""},
	{"headline with credit", "خادم الحرمين الشريفين يستقبل ولي عهد أبوظبي (واس)", ""},
	{"name colon in a quote", "أحمد الحربي: لن نتراجع عن قرارنا مهما كلف الأمر.", ""},
	{"official colon", "وزير الخارجية: المفاوضات مستمرة.", ""},
	{"sentence starting with a city", "الرياض تستضيف القمة العربية المقبلة في مايو.", ""},
	{"agency as subject", "رويترز تكشف تفاصيل جديدة عن الصفقة.", ""},
	{"agency name in full as subject", "وكالة الأنباء السعودية (واس) أعلنت أن الاجتماع سيعقد غدا.", ""},
	{"agency colon headline", "رويترز: الحكومة تدرس رفع الأسعار.", ""},
	{"match score", "تونس - المغرب: التشكيلة الأساسية للمنتخب.", ""},
	{"two clubs", "الترجي - النجم: موعد المباراة والقناة الناقلة.", ""},
	{"city bracket non agency", "الرياض (العاصمة) تشهد أمطارا غزيرة.", ""},
	{"time colon", "تطفأ الأنوار حول العالم في الساعة 8:30 مساء السبت.", ""},
	{"quoted speaker dash", "قال الوزير - في كلمته أمام المجلس - إن الحكومة ماضية.", ""},
	{"city then list", "تونس - فرنسا - ألمانيا: رحلات جديدة.", ""},
	{"sentence with agency later", "أكد الوزير في تصريح لوكالة تونس أفريقيا للأنباء (وات) أن الوضع مستقر.", ""},
	{"Latin sentence", "The Senate passed the bill on Tuesday.", ""},
	{"empty", "", ""},
}

func TestDatelineEnd(t *testing.T) {
	for _, c := range datelineCases {
		n := DatelineEnd(c.in)
		if got := c.in[:n]; got != c.want {
			t.Errorf("%s: DatelineEnd(%q) cut %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

var classifyCases = []struct {
	in   string
	want Kind
}{
	{"(أ ف ب)", Credit},
	{"وفقا للألمانية.", Credit},
	{"المصدر (وات)", Credit},
	{"المصدر: واس", Credit},
	{"(بي بي سي)", Credit},
	{"(ترجمة سكاي نيوز)", Credit},
	{"(فيديو أف ب)", Credit},
	{"نقلا عن وكالة الأنباء السعودية.", Credit},
	{"وفقا لوكالة رويترز.", Credit},
	{"المصدر : الجامعة التونسية لكرة القدم", Credit},
	{"(رويترز)", Credit},
	{"(وكالات)", Credit},
	{"Next Previous", Furniture},
	{"اقرأ أيضا", Furniture},
	{"اقرأ أيضاً:", Furniture},
	{"شارك | طباعة | أرسل لصديق", Furniture},
	{"(صورة أرشيفية)", Furniture},
	{"Share Tweet", Furniture},
	{"اقرأ أيضا: مقتل خمسة أشخاص في حادث مرور", Furniture},
	{"Read more: Saudi Arabia opens its first cinema", Furniture},
	// Text
	{"وفقا للمصدر ذاته.", Text},
	{"شارك الوزير في الاجتماع.", Text},
	{"رويترز تكشف تفاصيل الصفقة.", Text},
	{"قالت رويترز إن الاتفاق وقع.", Text},
	{"التالي في القائمة هو الفريق الأول.", Text},
	{"الفرنسية لغة جميلة.", Text},
	{"اقرأ الكتاب قبل أن تحكم عليه.", Text},
}

func TestClassify(t *testing.T) {
	for _, c := range classifyCases {
		if got := Classify(c.in); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestLeadingFurniture(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Next Previous عبدالله البرقاوي- سبق- الرياض: نص", "Next Previous "},
		{"Previous Next | واس - الرياض: نص", "Previous Next | "},
		{"شارك الوزير في الاجتماع", ""},
		{"Next Generation هو اسم المشروع", ""},
		{"Next Previous", ""},
	} {
		if got := c.in[:LeadingFurniture(c.in)]; got != c.want {
			t.Errorf("LeadingFurniture(%q) cut %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMentions(t *testing.T) {
	s := "عبدالله البرقاوي- سبق- الرياض:"
	m := Mentions(s)
	if len(m) != 1 || s[m[0].Start:m[0].End] != "سبق" || m[0].Outlet.English != "Sabq" {
		t.Fatalf("Mentions(%q) = %+v", s, m)
	}
	s = "سان فرانسيسكو 20 يوليو تموز (رويترز) -\nوفقا للألمانية"
	m = Mentions(s)
	if len(m) != 2 || s[m[0].Start:m[0].End] != "رويترز" || m[1].Outlet.English != "dpa (Deutsche Presse-Agentur)" {
		t.Fatalf("Mentions(%q) = %+v", s, m)
	}
}

// FuzzDatelineEnd checks the recogniser's bounds: it never cuts more than MaxDatelineBytes (or the
// whole input), never inside a word, and only before white space or a non-word character.
func FuzzDatelineEnd(f *testing.F) {
	for _, c := range datelineCases {
		f.Add(c.in)
	}
	for _, c := range classifyCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := DatelineEnd(s)
		if n < 0 || n > len(s) {
			t.Fatalf("DatelineEnd(%q) = %d out of range", s, n)
		}
		if n == 0 {
			return
		}
		if n > MaxDatelineBytes {
			t.Fatalf("DatelineEnd(%q) = %d > MaxDatelineBytes", s, n)
		}
		if n < len(s) {
			before, _ := utf8.DecodeLastRuneInString(s[:n])
			next, _ := utf8.DecodeRuneInString(s[n:])
			if isWordRune(before) && isWordRune(next) {
				t.Fatalf("DatelineEnd(%q) = %d cuts a word", s, n)
			}
			if strings.TrimSpace(s[n:]) == "" {
				t.Fatalf("DatelineEnd(%q) = %d leaves only white space", s, n)
			}
			if unicode.IsSpace(next) {
				t.Fatalf("DatelineEnd(%q) = %d leaves white space before the text", s, n)
			}
		}
		_ = Classify(s)
		_ = LeadingFurniture(s)
		_ = Mentions(s)
	})
}

func TestTrailingCredit(t *testing.T) {
	for _, c := range []struct {
		in, want string
		kind     Kind
	}{
		{"برشلونة - ديبورتيفو الافيس المصدر (وات)", "المصدر (وات)", Credit},
		{"هذه التجربة إلى بناء علاقة جديدة بين النساء والرجال (أ ف ب)", "(أ ف ب)", Credit},
		{"وقد تضررت عدة منازل جراء الأمطار (صورة أرشيفية)", "(صورة أرشيفية)", Furniture},
		{"قتل خمسة أشخاص في انفجار (أ ف ب).", "", Text},
		{"ارتفع المؤشر إلى مستوى قياسي (2014)", "", Text},
		{"ولد في العاصمة (تونس)", "", Text},
		{"(أ ف ب)", "", Text},
		{"قال (رويترز)", "", Text},
	} {
		cut, kind := TrailingCredit(c.in)
		got := ""
		if cut >= 0 {
			got = c.in[cut:]
		}
		if got != c.want || kind != c.kind {
			t.Errorf("TrailingCredit(%q) = %q %v, want %q %v", c.in, got, kind, c.want, c.kind)
		}
	}
}

func TestClosingCredit(t *testing.T) {
	for _, c := range []struct {
		in, want string
		kind     Kind
	}{
		{"وقالت إن الحملة تستمر أسبوعا (واس).", "(واس).", Credit},
		{"قتل خمسة أشخاص في انفجار (أ ف ب).", "(أ ف ب).", Credit},
		{"وقالت إن الحملة تستمر أسبوعا (واس) .", "(واس) .", Credit},
		{"برشلونة - ديبورتيفو الافيس المصدر (وات)", "المصدر (وات)", Credit},
		// The bracket abbreviates the name before it, or is not a source: the sentence keeps it.
		{"وقال في تصريح لوكالة الأنباء السعودية (واس).", "", Text},
		{"ونقلت ذلك وكالة رويترز (رويترز).", "", Text},
		{"وقال في تصريح لصحيفة عكاظ (عكاظ).", "", Text},
		{"ارتفع المؤشر إلى مستوى قياسي (2014).", "", Text},
		{"وقد تضررت عدة منازل جراء الأمطار (صورة أرشيفية).", "", Text},
		{"قال (واس).", "", Text},
		{"وفق ما صرح به رئيس الفرع الجهوي لمراسل (وات).", "", Text},
		{"وفق ما قالته المديرة في تصريح لمراسلة (وات).", "", Text},
		{"وقال الوزير في تصريح لـ(واس).", "", Text},
	} {
		cut, kind := ClosingCredit(c.in)
		got := ""
		if cut >= 0 {
			got = c.in[cut:]
		}
		if got != c.want || kind != c.kind {
			t.Errorf("ClosingCredit(%q) = %q %v, want %q %v", c.in, got, kind, c.want, c.kind)
		}
	}
}
