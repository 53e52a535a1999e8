package cn.gongzhi.petition.web;

import org.springframework.http.HttpStatus;

/** An Open311 error answered as the spec says: {@code [{"code": 400, "description": "..."}]}. */
class Open311Error extends RuntimeException {

    private final HttpStatus status;

    Open311Error(HttpStatus status, String description) {
        super(description);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
