package coop.maillage.store;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bean Validation of a {@link CrossChecked} record: one violation per problem, on the field the
 * problem names.
 */
@Documented
@Constraint(validatedBy = CrossFieldValid.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CrossFieldValid {

    String message() default "the fields disagree";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each problem of {@link CrossChecked#crossFieldProblems()} on its field. */
    class Validator implements ConstraintValidator<CrossFieldValid, CrossChecked> {

        @Override
        public boolean isValid(CrossChecked record, ConstraintValidatorContext context) {
            if (record == null) {
                return true;
            }
            var problems = record.crossFieldProblems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (CrossChecked.FieldProblem problem : problems) {
                context.buildConstraintViolationWithTemplate(literal(problem.message()))
                        .addPropertyNode(problem.field())
                        .addConstraintViolation();
            }
            return false;
        }

        /** The message as a template that interpolates nothing. */
        private static String literal(String message) {
            return message.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
