package org.windowsuite.common.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statutory holidays fixed by 《全国年节及纪念日放假办法》, as the revision in force in a year defines them
 * (SC-2.3): the days a year certainly has off before the State Council publishes its schedule. Make-up working days
 * and bridged days are decided by each year's notice and are never guessed here.
 *
 * <p>Lunar dates and the Qingming solar term come from lunar-java ({@code cn.6tail:lunar}), which computes new moons
 * and solar terms with the high-precision 寿星天文历 series in China's time and so agrees with the Purple Mountain
 * Observatory's almanac that the State Council follows. ICU4J's {@code ChineseCalendar} was tried first and is not
 * used: its Keplerian approximation puts near-midnight new moons on the next day (ICU-23274), which makes the Spring
 * Festival of 2027 fall on 7 February and of 2030 on 2 February instead of 6 and 3 February.
 */
public final class HolidayLaw {

    /** Which days each revision of the law makes statutory holidays. */
    enum Revision {
        /** 1999 revision (in force 2000–2007): Spring Festival 1st–3rd day, Labour Day 3 days, no other festival. */
        R1999(false, 3, 3, false),
        /** 2007 revision (in force 2008–2013): Spring Festival on the Eve and the 1st–2nd day. */
        R2008(true, 2, 1, true),
        /** 2013 revision (in force 2014–2024): Spring Festival on the 1st–3rd day. */
        R2014(false, 3, 1, true),
        /** 2024 revision (in force from 2025-01-01): Spring Festival on the Eve and the 1st–3rd day, Labour Day 2. */
        R2025(true, 3, 2, true);

        final boolean springFestivalEve;
        final int springFestivalDaysFromFirst;
        final int labourDays;
        final boolean traditionalFestivals;

        Revision(boolean springFestivalEve, int springFestivalDaysFromFirst, int labourDays,
                boolean traditionalFestivals) {
            this.springFestivalEve = springFestivalEve;
            this.springFestivalDaysFromFirst = springFestivalDaysFromFirst;
            this.labourDays = labourDays;
            this.traditionalFestivals = traditionalFestivals;
        }

        static Revision inForce(int year) {
            if (year >= 2025) {
                return R2025;
            }
            if (year >= 2014) {
                return R2014;
            }
            return year >= 2008 ? R2008 : R1999;
        }
    }

    private static final Map<Integer, List<CalendarDay>> CACHE = new ConcurrentHashMap<>();

    private HolidayLaw() {
    }

    /** The statutory holidays of {@code year} (each an off day named as the State Council names them), in date order. */
    public static List<CalendarDay> statutoryHolidays(int year) {
        return CACHE.computeIfAbsent(year, HolidayLaw::compute);
    }

    private static List<CalendarDay> compute(int year) {
        Revision law = Revision.inForce(year);
        Map<LocalDate, String> days = new LinkedHashMap<>();
        put(days, LocalDate.of(year, 1, 1), "元旦");
        LocalDate springFestival = lunar(year, 1, 1);
        if (law.springFestivalEve) {
            put(days, springFestival.minusDays(1), "春节");
        }
        for (int i = 0; i < law.springFestivalDaysFromFirst; i++) {
            put(days, springFestival.plusDays(i), "春节");
        }
        if (law.traditionalFestivals) {
            put(days, qingming(year), "清明节");
        }
        for (int i = 0; i < law.labourDays; i++) {
            put(days, LocalDate.of(year, 5, 1 + i), "劳动节");
        }
        if (law.traditionalFestivals) {
            put(days, lunar(year, 5, 5), "端午节");
            put(days, lunar(year, 8, 15), "中秋节");
        }
        for (int i = 0; i < 3; i++) {
            put(days, LocalDate.of(year, 10, 1 + i), "国庆节");
        }
        List<CalendarDay> result = new ArrayList<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new CalendarDay(e.getKey(), e.getValue(), true)));
        return List.copyOf(result);
    }

    private static void put(Map<LocalDate, String> days, LocalDate day, String name) {
        // Mid-Autumn can fall inside National Day (2020, 2028): one day, both names, as the notices write it
        days.merge(day, name, (a, b) -> a.contains(b) ? a : b.equals("中秋节") ? "国庆节、中秋节" : a + "、" + b);
    }

    /** The Gregorian date of the given day of a (non-leap) month of the lunar year that begins in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return date(Lunar.fromYmd(year, month, day).getSolar());
    }

    /** The day of the Qingming solar term (the sun at 15° ecliptic longitude), dated in China's time. */
    static LocalDate qingming(int year) {
        return date(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明"));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
