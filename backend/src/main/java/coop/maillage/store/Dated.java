package coop.maillage.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;

/** A record valid from a date to a date; a missing {@code to} means still open. */
public interface Dated {

    LocalDate from();

    LocalDate to();

    /** Validation: the interval is not reversed. */
    @JsonIgnore
    @AssertTrue(message = "'to' is before 'from': swap them or correct one of the dates")
    default boolean isIntervalInOrder() {
        return from() == null || to() == null || !to().isBefore(from());
    }
}
