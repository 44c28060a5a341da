package org.windowsuite.deadline.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** One year's State Council schedule in the holiday-cn JSON format (the shipped data and operators' uploads). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidaySchedule(Integer year, List<String> papers, List<Day> days) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(String name, LocalDate date, @JsonProperty("isOffDay") Boolean offDay) {
    }
}
