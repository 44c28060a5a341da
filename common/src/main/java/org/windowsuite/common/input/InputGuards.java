package org.windowsuite.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * What holds for every value of every JSON body (and event) the services read, enforced once where JSON is read:
 * no control characters in any string or key, no date outside {@link Limits#EARLIEST}–{@link Limits#LATEST}, no
 * fraction where a whole number is expected (2.9 is not silently 2), no value of another kind converted.
 */
@Singleton
public class InputGuards implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // after Quarkus' own customizer (which registers the java.time module): ours must win for dates
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // a value of the wrong kind is refused, not converted: 7 is no name, "5" no number, 1 no yes
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("window-input-guards");
        module.addDeserializer(String.class, new Checked<>(String.class, StringDeserializer.instance, s -> s));
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                if (Limits.hasForbiddenCharacter(key)) {
                    throw ctxt.weirdKeyException(String.class, key, "control characters are not allowed");
                }
                return key;
            }
        });
        module.addDeserializer(LocalDate.class, new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                d -> d));
        module.addDeserializer(OffsetDateTime.class, new Checked<>(OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME, t -> t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
        module.addDeserializer(Instant.class, new Checked<>(Instant.class, InstantDeserializer.INSTANT,
                i -> i.atOffset(ZoneOffset.UTC).toLocalDate()));
        // enum names too: Jackson would find LEAVE in "LEAVE\u0000" after trimming it
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new Checked(type.getRawClass(), deserializer, v -> v);
            }
        });
        mapper.registerModule(module);
    }

    /** Reads with the standard deserializer, then refuses what no request may carry. */
    static final class Checked<T> extends StdDeserializer<T> {

        private final transient JsonDeserializer<? extends T> standard;
        private final transient Function<T, Object> view;

        Checked(Class<T> type, JsonDeserializer<? extends T> standard, Function<T, Object> view) {
            super(type);
            this.standard = standard;
            this.view = view;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // the raw text, before a parser trims what it deems white space (NUL and BEL included)
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
                    && Limits.hasForbiddenCharacter(p.getText())) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText().replaceAll("\\p{Cntrl}", "?"),
                        "control characters are not allowed");
            }
            T value = standard.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            Object checked = view.apply(value);
            if (checked instanceof LocalDate d && !Limits.withinDates(d)) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText(), "dates must lie between "
                        + Limits.EARLIEST + " and " + Limits.LATEST);
            }
            return value;
        }
    }
}
