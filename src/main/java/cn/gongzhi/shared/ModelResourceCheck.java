package cn.gongzhi.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks every BPMN, DMN and CMMN file of a deployment before the engine parses it: it must be well-formed XML without
 * a document type declaration, so no entity (an external one naming {@code file:///etc/passwd}, or a "billion laughs"
 * expansion) is ever resolved. A file that fails is refused as a {@link ParseException} naming it: the REST API (and
 * Camunda Modeler) answers 400 with the reason, where the engine's own XML failure would answer 500. The engine's
 * parser refuses a DOCTYPE too (XXE processing is off by default); this keeps it refused if that setting changes.
 */
@Component
class ModelResourceCheck extends AbstractProcessEnginePlugin implements Deployer {

    /** The suffixes the engine's BPMN, DMN and CMMN deployers parse. */
    private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml",
            ".cmmn", ".cmmn10.xml", ".cmmn11.xml");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() != null
                ? new ArrayList<>(configuration.getCustomPreDeployers()) : new ArrayList<>();
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
            return;
        }
        resources.values().stream().filter(r -> isModel(r.getName())).forEach(r -> check(r.getName(), r.getBytes()));
    }

    private static boolean isModel(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return MODEL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    static void check(String name, byte[] content) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new ByteArrayInputStream(content == null ? new byte[0] : content),
                    new DefaultHandler());
        } catch (SAXException | IOException e) {
            throw new ParseException("模型文件“" + name + "”不是格式正确的 XML，或含有文档类型声明"
                    + "（DOCTYPE、实体，出于安全原因不允许）：" + e.getMessage(), name, List.of(), List.of());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }
}
