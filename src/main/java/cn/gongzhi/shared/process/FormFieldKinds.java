package cn.gongzhi.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * What kind of value each field of the deployed Camunda Forms holds, read from the forms themselves, so that a text
 * field a designer adds is covered without code. A text field or text area is <b>free text</b> (residents and workers
 * write phone numbers, names and addresses into it): its value is masked when a person submits it and kept out of
 * Camunda's history. A designer marks the exceptions with the custom property {@code dataKind} on the field (Camunda
 * Modeler, "Custom properties"): {@code code} for a value the system checks against its records (a community or
 * department code), which history keeps; {@code contact} for a petitioner's own contact data, which a delegate moves
 * into its record before anything is stored, which history never keeps and which is not masked on the way in.
 * <p>
 * Every form ever deployed counts (an instance may still run on an old version): the forms in the database are read
 * when the engine starts, and each new deployment's forms as it is deployed.
 */
@Component
public class FormFieldKinds extends AbstractProcessEnginePlugin {

    /** The custom property of a form field that says what kind of value it holds. */
    public static final String PROPERTY = "dataKind";

    /** What a form field holds, from the least protected to the most (a field two forms disagree on is the latter). */
    public enum Kind {
        /** A value the system checks against its records: kept in history. */
        CODE,
        /** A petitioner's contact data: moved into its record at once, never in history. */
        CONTACT,
        /** Text a person writes: masked on entry, never in history. */
        FREE_TEXT
    }

    private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(this::deployed);
        configuration.setCustomPostDeployers(deployers);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // through the engine's Java API, not SQL on its tables (DataBoundaryTest)
        RepositoryService repository = engine.getRepositoryService();
        for (Deployment deployment : repository.createDeploymentQuery().list()) {
            for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
                if (name.endsWith(".form")) {
                    try (InputStream form = repository.getResourceAsStream(deployment.getId(), name)) {
                        read(form.readAllBytes());
                    } catch (IOException e) {
                        throw new ProcessEngineException("Could not read the deployed form " + name, e);
                    }
                }
            }
        }
    }

    /** The kind of the field with this key in any deployed form; null for a key no form has as a text field. */
    public Kind kindOf(String key) {
        return kinds.get(key);
    }

    /** Whether the value of this variable must stay out of Camunda's history: free text or contact data. */
    public boolean keptOutOfHistory(String key) {
        Kind kind = kinds.get(key);
        return kind == Kind.FREE_TEXT || kind == Kind.CONTACT;
    }

    private void deployed(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName() != null && resource.getName().endsWith(".form") && resource.getBytes() != null) {
                read(resource.getBytes());
            }
        }
    }

    /**
     * Adds a form's text fields. The most protective kind wins: free text in any form is free text everywhere, so a
     * form deployed later cannot lift the masking of a field by marking it {@code code} or {@code contact}.
     */
    void read(byte[] form) {
        JsonNode root;
        try {
            root = JSON.readTree(form);
        } catch (IOException e) {
            return; // not a form this can read: the deployment policy and Tasklist say so, not this
        }
        collect(root);
    }

    /** Returns the most protective kind among the text fields of this container, at any depth (null: none). */
    private Kind collect(JsonNode container) {
        Kind strongest = null;
        for (JsonNode component : container.path("components")) {
            String key = component.path("key").asText(null);
            if (key != null && TEXT_TYPES.contains(component.path("type").asText())) {
                Kind kind = switch (component.path("properties").path(PROPERTY).asText("")) {
                    case "code" -> Kind.CODE;
                    case "contact" -> Kind.CONTACT;
                    default -> Kind.FREE_TEXT;
                };
                kinds.merge(key, kind, FormFieldKinds::stronger);
                strongest = stronger(strongest, kind);
            }
            Kind nested = collect(component);
            String path = component.path("path").asText("");
            if (nested != null && !path.isEmpty()) {
                // a dynamic list (or a group with a path) submits its rows as one variable named by its path: it holds
                // what its text fields hold
                kinds.merge(path, nested, FormFieldKinds::stronger);
            }
            strongest = stronger(strongest, nested);
        }
        return strongest;
    }

    private static Kind stronger(Kind a, Kind b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
