package coop.maillage.store;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A record id or a reference to one: 1 to 100 of letters, digits, {@code . _ : -}. */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@NotNull
@Size(min = 1, max = 100)
@Pattern(regexp = "[A-Za-z0-9._:-]+")
@ReportAsSingleViolation
public @interface RecordId {

    String message() default
            "required: 1 to 100 characters among letters, digits, '.', '_', ':' and '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
