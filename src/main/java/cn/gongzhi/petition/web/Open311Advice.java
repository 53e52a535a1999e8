package cn.gongzhi.petition.web;


import cn.gongzhi.shared.IdempotencyKeyReused;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Open311's error format for everything Open311Controller throws. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Advice {

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<List<Map<String, Object>>> open311(Open311Error e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<List<Map<String, Object>>> invalid(InvalidFieldException e) {
        String field = switch (e.field()) {
            case "category" -> "service_code";
            case "communityCode" -> "attribute[community]";
            case "gridCode" -> "attribute[grid]";
            case "location" -> "address_string";
            case "petitionerPhone" -> "phone";
            case "petitionerName" -> "first_name";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            default -> e.field();
        };
        return error(HttpStatus.BAD_REQUEST, field + "：" + e.getMessage());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<List<Map<String, Object>>> notFound(RecordNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<List<Map<String, Object>>> keyReused(IdempotencyKeyReused e) {
        return error(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<List<Map<String, Object>>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod());
    }

    static ResponseEntity<List<Map<String, Object>>> error(HttpStatus status, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", status.value(), "description", description)));
    }
}
