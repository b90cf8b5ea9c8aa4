package coop.maillage.web;

/** A query parameter is unknown or has a bad value. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
