package arabic

import (
	"slices"
	"strings"
)

// MonthNames returns the names of the months as Arabic news writes them: Hijri, Gregorian
// (the Egyptian and Gulf forms, the Algerian and Tunisian ones, and the Moroccan ones: يوليوز,
// غشت, شتنبر, نونبر, دجنبر) and Levantine, the first word only of the two-word ones (ربيع الأول,
// كانون الثاني).
func MonthNames() []string { return slices.Clone(monthNames) }

var monthNames = strings.Fields("محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة " +
	"يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر " +
	"جانفي فيفري أفريل ماي جوان جويلية أوت " +
	"يوليوز غشت شتنبر نونبر دجنبر " +
	"كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين")
