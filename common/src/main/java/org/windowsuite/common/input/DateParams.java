package org.windowsuite.common.input;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates in paths and query strings obey the same bounds as in bodies ({@link Limits#EARLIEST} to
 * {@link Limits#LATEST}): {@code ?date=-999999999-01-01} is a 400 problem (in a path a 404), never an overflow
 * further in.
 */
@Provider
public class DateParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, d -> d);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(OffsetDateTime::parse,
                    t -> t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, Function<T, LocalDate> day) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                T parsed;
                try {
                    parsed = parse.apply(value);
                } catch (DateTimeParseException e) {
                    // JAX-RS answers: 404 for a path that names no resource, 400 for a query
                    throw new IllegalArgumentException("not a date or time", e);
                }
                if (!Limits.withinDates(day.apply(parsed))) {
                    throw new IllegalArgumentException("dates must lie between " + Limits.EARLIEST + " and "
                            + Limits.LATEST);
                }
                return parsed;
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
