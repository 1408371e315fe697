package segment

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/arprep/arprep/news"
)

// newsCases: articles as scraped, with the units and kinds segment must give (kind "" for a
// sentence). One per pattern of the news frame, and look-alikes that keep their text whole.
var newsCases = []struct {
	name, in string
	want     []string // "kind|text"
}{
	{"ANT agency dateline", "تونس (وات) - أعلنت وزارة الصحة عن حملة. وتتواصل الحملة أسبوعا.",
		[]string{"dateline|تونس (وات) -", "|أعلنت وزارة الصحة عن حملة.", "|وتتواصل الحملة أسبوعا."}},
	{"Sabq reporter", "عبدالله البرقاوي- سبق- الرياض: أعلنت الوزارة القبض على المتهم.",
		[]string{"dateline|عبدالله البرقاوي- سبق- الرياض:", "|أعلنت الوزارة القبض على المتهم."}},
	{"Sabq city", "سبق- الدمام: باشرت فرق الدفاع المدني حريقا.",
		[]string{"dateline|سبق- الدمام:", "|باشرت فرق الدفاع المدني حريقا."}},
	{"SPA", "واس - الرياض: رعى الأمير حفل التخرج.",
		[]string{"dateline|واس - الرياض:", "|رعى الأمير حفل التخرج."}},
	{"byline line", "فايز الحسيكي – عين اليوم\nأعلنت الأمانة عن مشروع جديد.",
		[]string{"dateline|فايز الحسيكي – عين اليوم", "|أعلنت الأمانة عن مشروع جديد."}},
	{"Reuters Arabic", "سان فرانسيسكو 20 يوليو تموز (رويترز) - قالت أبل إن مبيعاتها زادت.",
		[]string{"dateline|سان فرانسيسكو 20 يوليو تموز (رويترز) -", "|قالت أبل إن مبيعاتها زادت."}},
	{"furniture line then dateline", "Next Previous\nواس - الرياض: وصل الوفد.",
		[]string{"furniture|Next Previous", "dateline|واس - الرياض:", "|وصل الوفد."}},
	{"furniture on the dateline's line", "Next Previous عبدالله البرقاوي- سبق- الرياض: وصل الوفد.",
		[]string{"furniture|Next Previous", "dateline|عبدالله البرقاوي- سبق- الرياض:", "|وصل الوفد."}},
	{"headline then dateline", "الوفد يصل إلى جدة\nواس - جدة: وصل الوفد اليوم.",
		[]string{"|الوفد يصل إلى جدة", "dateline|واس - جدة:", "|وصل الوفد اليوم."}},
	{"date line then dateline", "الأحد 20 يوليو 2015\nسبق- الرياض: وصل الوفد.",
		[]string{"dateline|الأحد 20 يوليو 2015", "dateline|سبق- الرياض:", "|وصل الوفد."}},
	{"reporter and city line", "محمد العتيبي - الرياض\nأعلنت الوزارة عن حملة. وتستمر الحملة أسبوعا.",
		[]string{"dateline|محمد العتيبي - الرياض", "|أعلنت الوزارة عن حملة.", "|وتستمر الحملة أسبوعا."}},
	{"city and reporter line", "أبها - فهد الشهري\nأعلنت الوزارة عن حملة.",
		[]string{"dateline|أبها - فهد الشهري", "|أعلنت الوزارة عن حملة."}},
	{"introduced outlet", "صحيفة المرصد: أعلنت وزارة الصحة عن حملة.",
		[]string{"dateline|صحيفة المرصد:", "|أعلنت وزارة الصحة عن حملة."}},
	{"follow-ups line", "الرياض - متابعات\nأعلنت الوزارة عن حملة.",
		[]string{"dateline|الرياض - متابعات", "|أعلنت الوزارة عن حملة."}},
	{"interview byline then text", "حوار - محمد الغامدي\nأعلنت الوزارة عن حملة.",
		[]string{"dateline|حوار - محمد الغامدي", "|أعلنت الوزارة عن حملة."}},
	{"reporter and city glued to text", "محمد العتيبي - الرياض أعلنت الوزارة عن حملة.",
		[]string{"|محمد العتيبي - الرياض أعلنت الوزارة عن حملة."}},
	{"headline with a verb after a dash", "أمير الرياض - يستقبل السفير\nاستقبل أمير المنطقة السفير.",
		[]string{"|أمير الرياض - يستقبل السفير", "|استقبل أمير المنطقة السفير."}},
	{"two places headline", "السعودية - الإمارات\nوقع البلدان اتفاقية.",
		[]string{"|السعودية - الإمارات", "|وقع البلدان اتفاقية."}},
	{"named quote headline", "محمد العتيبي: لن نتراجع\nقال المدرب إن الفريق جاهز.",
		[]string{"|محمد العتيبي: لن نتراجع", "|قال المدرب إن الفريق جاهز."}},
	{"credit before the last full stop", "أعلنت الوزارة عن حملة (واس). وقالت إن الحملة تستمر أسبوعا (واس).",
		[]string{"|أعلنت الوزارة عن حملة (واس).", "|وقالت إن الحملة تستمر أسبوعا", "credit|(واس)."}},
	{"abbreviation before the last full stop", "أعلنت الوزارة عن حملة. وقال في تصريح لوكالة الأنباء السعودية (واس).",
		[]string{"|أعلنت الوزارة عن حملة.", "|وقال في تصريح لوكالة الأنباء السعودية (واس)."}},
	{"credit after a dateline's sentence", "الرياض (واس) - أعلنت الوزارة عن حملة. وقالت إن الحملة تستمر أسبوعا (واس).",
		[]string{"dateline|الرياض (واس) -", "|أعلنت الوزارة عن حملة.", "|وقالت إن الحملة تستمر أسبوعا", "credit|(واس)."}},
	{"credits at the end", "وصل الوفد إلى الرياض اليوم.\nوفقا للألمانية.\n(أ ف ب)",
		[]string{"|وصل الوفد إلى الرياض اليوم.", "credit|وفقا للألمانية.", "credit|(أ ف ب)"}},
	{"credit glued to the last line", "وصل الوفد إلى الرياض اليوم. وأقيم حفل استقبال في القصر المصدر (وات)",
		[]string{"|وصل الوفد إلى الرياض اليوم.", "|وأقيم حفل استقبال في القصر", "credit|المصدر (وات)"}},
	{"caption", "وصل الوفد إلى الرياض اليوم.\n(صورة أرشيفية)\nاقرأ أيضا",
		[]string{"|وصل الوفد إلى الرياض اليوم.", "furniture|(صورة أرشيفية)", "furniture|اقرأ أيضا"}},
	{"English", "WASHINGTON (Reuters) - The Senate passed the bill.",
		[]string{"dateline|WASHINGTON (Reuters) -", "|The Senate passed the bill."}},
	// Look-alikes
	{"name and colon in a quote", "أحمد الحربي: لن نتراجع عن قرارنا.",
		[]string{"|أحمد الحربي: لن نتراجع عن قرارنا."}},
	{"sentence starting with a city", "الرياض تستضيف القمة العربية. وتبدأ القمة غدا.",
		[]string{"|الرياض تستضيف القمة العربية.", "|وتبدأ القمة غدا."}},
	{"agency as subject", "رويترز تكشف تفاصيل الصفقة. وقالت إن الاتفاق وقع.",
		[]string{"|رويترز تكشف تفاصيل الصفقة.", "|وقالت إن الاتفاق وقع."}},
	{"agency and colon", "رويترز: الحكومة تدرس رفع الأسعار.",
		[]string{"|رويترز: الحكومة تدرس رفع الأسعار."}},
	{"match result", "تونس - المغرب: فوز المنتخب في المباراة.",
		[]string{"|تونس - المغرب: فوز المنتخب في المباراة."}},
	{"dateline shape after the lead", "وصل الوفد اليوم.\nواس - الرياض: جملة ثانية.",
		[]string{"|وصل الوفد اليوم.", "|واس - الرياض: جملة ثانية."}},
	{"date after a line ending in a colon", "تدور يوم الأحد المقابلات التالية:\nالأحد 26 فيفري 2017\nالنجم - الترجي",
		[]string{"|تدور يوم الأحد المقابلات التالية:", "|الأحد 26 فيفري 2017", "|النجم - الترجي"}},
	{"bracket with a full stop", "قتل خمسة أشخاص في انفجار (أ ف ب).",
		[]string{"|قتل خمسة أشخاص في انفجار (أ ف ب)."}},
}

func units(sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		k := ""
		if s.Kind != news.Text {
			k = s.Kind.String()
		}
		out[i] = k + "|" + s.Text
	}
	return out
}

func TestNewsLayout(t *testing.T) {
	for _, c := range newsCases {
		t.Run(c.name, func(t *testing.T) {
			if got := units(checkSegmentation(t, c.in, Options{})); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			for _, s := range checkSegmentation(t, c.in, Options{Plain: true}) {
				if s.Kind != news.Text {
					t.Errorf("Plain: %v unit %q", s.Kind, s.Text)
				}
			}
		})
	}
}

// MarkNews on the sentences Split finds without the layout gives what Split gives with it.
func TestMarkNews(t *testing.T) {
	for _, c := range newsCases {
		plain := SplitWith(c.in, Options{Plain: true})
		if got, want := units(MarkNews(c.in, plain)), units(Split(c.in)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: MarkNews gives %q, Split %q", c.name, got, want)
		}
	}
}

func ExampleSentence_kind() {
	for _, s := range Split("واس - الرياض: وصل الوفد إلى جدة.\n(أ ف ب)") {
		fmt.Printf("%-8v %s\n", s.Kind, s.Text)
	}
	// Output:
	// dateline واس - الرياض:
	// sentence وصل الوفد إلى جدة.
	// credit   (أ ف ب)
}
