package cn.gongzhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test without the process engine: Camunda's starter, its REST API and its webapps stay off; a module whose
 * code calls the engine mocks the services it calls ({@code @MockitoBean}). The engine lies outside every module; a
 * module test checks what the module itself does with our records and events, in seconds instead of the engine's
 * boot. The registry's caches stay off too: a module test reads through to the database (their expiry is
 * {@code RegistryCacheTest}'s). What the engine does with our models is the process tests' and {@link SpringBootTest}s'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {"camunda.bpm.enabled=false", "spring.cache.type=none",
        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"})
public @interface WithoutEngine {}
