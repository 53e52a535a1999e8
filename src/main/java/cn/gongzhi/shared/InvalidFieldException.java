package cn.gongzhi.shared;

/**
 * A request that is well-formed but breaks a rule about one of its fields (a reference to a record that does not
 * exist, a grade outside its post's range, a code already in use). Answered as 400 problem details naming the field.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
