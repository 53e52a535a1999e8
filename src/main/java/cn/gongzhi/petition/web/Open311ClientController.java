package cn.gongzhi.petition.web;

import cn.gongzhi.petition.web.Open311Clients.ClientView;
import cn.gongzhi.petition.web.Open311Clients.ClientWithKey;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (group {@code camunda-admin}, WebSecurityConfiguration) manage the Open311 API clients: list them
 * (a fingerprint, never the key), make one (its key is answered this once), rename it, change its quota, disable or
 * enable it, give it a new key. docs/open311.md, "Keys and quotas".
 */
@RestController
@RequestMapping(path = "/api/open311-clients", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311ClientController {

    static final String KEY_NOTICE = "请立即妥善保存此 API 密钥：它只显示这一次，系统只保存其摘要";

    record NewClient(String name, Integer quota) {}

    record ClientChange(String name, Integer quota, Boolean enabled) {}

    /** The client and, this once, its key. */
    record KeyAnswer(@JsonUnwrapped ClientView client, String apiKey, String notice) {}

    private final Open311Clients clients;

    Open311ClientController(Open311Clients clients) {
        this.clients = clients;
    }

    @GetMapping
    List<ClientView> list() {
        return clients.list();
    }

    @GetMapping("/{id}")
    ClientView read(@PathVariable long id) {
        return clients.find(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KeyAnswer> create(@RequestBody NewClient request) {
        return withKey(HttpStatus.CREATED, clients.create(request.name(), request.quota()));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClientView change(@PathVariable long id, @RequestBody ClientChange change) {
        return clients.change(id, change.name(), change.quota(), change.enabled());
    }

    /** A new key; the old one stops working at once. */
    @PostMapping("/{id}/key")
    ResponseEntity<KeyAnswer> rotate(@PathVariable long id) {
        return withKey(HttpStatus.OK, clients.rotate(id));
    }

    private static ResponseEntity<KeyAnswer> withKey(HttpStatus status, ClientWithKey made) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(new KeyAnswer(made.client(), made.apiKey(), KEY_NOTICE));
    }
}
