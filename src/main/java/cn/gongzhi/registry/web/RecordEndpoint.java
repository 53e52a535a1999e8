package cn.gongzhi.registry.web;

import cn.gongzhi.registry.RegistryChanged;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * List, read, create and update of one registry record kind under {@code /api/registry/<kind>}. Each write runs in
 * one transaction: a request that fails validation, or names a record that does not exist, persists nothing.
 *
 * @param <E> the entity
 * @param <Q> the validated request body
 * @param <R> the response body
 */
abstract class RecordEndpoint<E, Q, R> {

    private final JpaRepository<E, Long> repository;
    private final ApplicationEventPublisher events;
    private final String kind;
    private final String label;

    RecordEndpoint(JpaRepository<E, Long> repository, ApplicationEventPublisher events, String kind, String label) {
        this.repository = repository;
        this.events = events;
        this.kind = kind;
        this.label = label;
    }

    /** A new, empty record. */
    abstract E newRecord();

    /** Copies the request onto the record, checking references and cross-field rules. */
    abstract void apply(E record, Q request);

    abstract Long idOf(E record);

    abstract R toResponse(E record);

    /** The records the filter selects, in a stable order. */
    abstract List<E> find(RecordFilter filter);

    @GetMapping
    @Transactional(readOnly = true)
    public List<R> list(RecordFilter filter) {
        return find(filter).stream().map(this::toResponse).toList();
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public R get(@PathVariable long id) {
        return toResponse(load(id));
    }

    @PostMapping
    @Transactional
    public ResponseEntity<R> create(@Valid @RequestBody Q request, UriComponentsBuilder uri) {
        E record = newRecord();
        apply(record, request);
        E saved = repository.saveAndFlush(record);
        events.publishEvent(new RegistryChanged(kind, idOf(saved)));
        return ResponseEntity.created(uri.path("/api/registry/{kind}/{id}").build(kind, idOf(saved)))
                .body(toResponse(saved));
    }

    @PutMapping("/{id}")
    @Transactional
    public R update(@PathVariable long id, @Valid @RequestBody Q request) {
        E record = load(id);
        apply(record, request);
        repository.flush();
        events.publishEvent(new RegistryChanged(kind, id));
        return toResponse(record);
    }

    E load(long id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException(label, id));
    }

    /**
     * Codes of streets, communities and departments name Camunda groups that running tasks are assigned to, so they
     * are fixed once the record exists.
     */
    static void requireUnchangedCode(String current, String requested) {
        if (current != null && !current.equals(requested)) {
            throw new InvalidFieldException("code", "编码是用户组和待办任务的标识，创建后不能修改（现为 " + current + "）");
        }
    }
}
