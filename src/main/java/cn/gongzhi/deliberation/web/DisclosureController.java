package cn.gongzhi.deliberation.web;

import cn.gongzhi.deliberation.DisclosureService;
import cn.gongzhi.deliberation.DisclosureService.FiledObjection;
import cn.gongzhi.deliberation.DisclosureService.NoticeView;
import cn.gongzhi.deliberation.domain.Disclosures.WindowClosed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC, no login: the disclosure board (村务/居务公开栏). Anyone reads the notices; anyone may object to an open
 * notice until its deadline. Reads and objections are limited per client before the request is read
 * ({@link ObjectionLimitConfiguration}, {@code gongzhi.limits.public-reads-per-period}). The page at /disclosures/ uses
 * this API.
 */
@RestController
@RequestMapping("/api/disclosures")
class DisclosureController {

    record ObjectionRequest(@NotBlank(message = "请填写异议内容") @Size(max = 2000, message = "异议内容不能超过 2000 字")
            String content) {}

    private final DisclosureService board;

    DisclosureController(DisclosureService board) {
        this.board = board;
    }

    @GetMapping
    List<NoticeView> notices(@RequestParam(defaultValue = "active") String view,
            @RequestParam(required = false) String communityCode) {
        if (!view.equals("active") && !view.equals("archived")) {
            throw new cn.gongzhi.shared.InvalidFieldException("view", "view 只能是 active（公示中）或 archived（已归档）");
        }
        return board.board(view.equals("archived"), communityCode);
    }

    @GetMapping("/{number}")
    NoticeView notice(@PathVariable String number) {
        return board.notice(number.trim().toUpperCase());
    }

    @PostMapping(path = "/{number}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FiledObjection> object(@PathVariable String number, @Valid @RequestBody ObjectionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(board.object(number.trim().toUpperCase(),
                request.content()));
    }

    @ExceptionHandler(WindowClosed.class)
    ResponseEntity<ProblemDetail> late(WindowClosed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("异议期已结束");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
