package id.plaju.pelita.need;

import java.time.LocalDate;

/** The days of a year in which employees may propose needs (both ends included). */
public record NeedWindow(int year, LocalDate opensOn, LocalDate closesOn) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
