package cn.gongzhi.identity;

import cn.gongzhi.shared.process.ModelFunctions;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Long because every rule a deployed file is checked against (the list below) is checked here, in one pass over the
 * file: a rule kept in another class would be a second gate that a file could be deployed past.
 * <p>
 * Deployment is code: a process designer deploys models, not programs. Every file of a deployment (from Camunda
 * Modeler, Cockpit, the REST API or our own start-up) is checked before the engine parses it, and refused with 400
 * naming the file, the element and the attribute when it holds
 * <ul>
 *   <li>a script (a script task, a {@code camunda:script}, a condition in a scripting language), a Java class
 *       ({@code camunda:class}, {@code camunda:variableMappingClass}, {@code camunda:formHandlerClass}, a generated
 *       form's {@code validator} constraint), a connector or an external task;</li>
 *   <li>a {@code camunda:delegateExpression} other than {@code ${bean}} naming one of our delegate and listener
 *       beans;</li>
 *   <li>an expression anywhere else that {@link ModelExpressions} does not allow;</li>
 *   <li>an embedded HTML form ({@code camunda:formKey} other than a Camunda Form): it would run its script in a
 *       worker's Tasklist;</li>
 *   <li>a decision written in anything but FEEL, or a FEEL function bound to Java;</li>
 *   <li>a CMMN case or any file that is not a BPMN or DMN model or a Camunda Form.</li>
 * </ul>
 * The engine's expressions resolve only our delegate beans and the beans published for models ({@link
 * ModelFunctions}): even a model that got past this check could not reach the engine's services or Spring's context.
 * The allowed forms are documented for designers in docs/processes/designing.md.
 */
@Component
class DeploymentPolicy extends AbstractProcessEnginePlugin implements Deployer, ApplicationContextAware {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");
    private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
    private static final List<String> CMMN = List.of(".cmmn", ".cmmn10.xml", ".cmmn11.xml");
    private static final List<String> OTHER_ALLOWED = List.of(".form", ".png", ".svg");
    /** {@code camunda:} attributes of BPMN elements that name Java code or run code outside the engine. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass",
            "resource", "type", "topic");
    /** Attributes of {@code camunda:} elements (listeners, fields, scripts) that name Java code or a script file. */
    private static final Set<String> CODE_ATTRIBUTES_OF_CAMUNDA_ELEMENTS = Set.of("class", "resource");
    /** Attributes that must be exactly {@code ${bean}} naming one of our delegate beans. */
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    /** Elements whose text is prose for people, never evaluated. */
    private static final Set<String> PROSE = Set.of("documentation", "text");
    private static final Pattern DELEGATE = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
    private static final Pattern FEEL_JAVA = Pattern.compile("\\bexternal\\b\\s*\\{", Pattern.CASE_INSENSITIVE);

    private ApplicationContext context;
    private volatile Beans beans;

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() != null
                ? new ArrayList<>(configuration.getCustomPreDeployers()) : new ArrayList<>();
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
        // the engine's expressions see our delegate beans and the published model beans, nothing else of Spring's
        Map<Object, Object> visible = new ModelBeanMap();
        configuration.setBeans(visible);
        configuration.setExpressionManager(new SpringExpressionManager(context, visible));
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
            return;
        }
        for (ResourceEntity resource : resources.values()) {
            check(resource.getName(), resource.getBytes()).ifPresent(reason -> {
                throw new ParseException("模型文件“" + resource.getName() + "”不能部署：" + reason
                        + "（允许的写法见 docs/processes/designing.md）", resource.getName(), List.of(), List.of());
            });
        }
    }

    /** Why this file may not be deployed, or empty when it may. */
    Optional<String> check(String name, byte[] content) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (BPMN.stream().anyMatch(lower::endsWith)) {
            return parse(content).flatMap(this::checkBpmn);
        }
        if (DMN.stream().anyMatch(lower::endsWith)) {
            return parse(content).flatMap(DeploymentPolicy::checkDmn);
        }
        if (CMMN.stream().anyMatch(lower::endsWith)) {
            return Optional.of("共治不使用 CMMN 案例模型");
        }
        if (OTHER_ALLOWED.stream().anyMatch(lower::endsWith)) {
            return Optional.empty();
        }
        return Optional.of("只能部署 BPMN、DMN 模型和 Camunda 表单（.form）文件");
    }

    /** A file that is not well-formed XML is left to the well-formedness check, which names the parser's error. */
    private static Optional<Document> parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return Optional.of(factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    content == null ? new byte[0] : content)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<String> checkBpmn(Document document) {
        return checkElement(document.getDocumentElement(), beans().expressions());
    }

    private Optional<String> checkElement(Element element, ModelExpressions expressions) {
        String where = describe(element);
        String local = element.getLocalName();
        if ("scriptTask".equals(local) && BPMN_NS.equals(element.getNamespaceURI())) {
            return Optional.of(where + "是脚本任务：模型不能包含脚本");
        }
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && ("script".equals(local) || "connector".equals(local))) {
            return Optional.of(where + "：模型不能包含脚本（camunda:script）或连接器（camunda:connector）");
        }
        if (element.hasAttribute("language") && !element.getAttribute("language").isBlank()) {
            return Optional.of(where + "的 language=\"" + element.getAttribute("language") + "\"：条件只能是表达式，不能是脚本");
        }
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "constraint".equals(local)
                && "validator".equals(element.getAttribute("name"))) {
            return Optional.of(where + "的表单校验器（validator）会运行 Java 类或组件：请用 Camunda 表单的校验");
        }
        if (element.hasAttribute("scriptFormat")) {
            return Optional.of(where + "含有脚本（scriptFormat）：模型不能包含脚本");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            Optional<String> refusal = checkAttribute(where, attribute, expressions);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (PROSE.contains(local)) {
            return Optional.empty();
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                Optional<String> refusal = checkElement(nested, expressions);
                if (refusal.isPresent()) {
                    return refusal;
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                Optional<String> refusal = checkText(where + "的内容", child.getNodeValue(), expressions);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkAttribute(String where, Attr attribute, ModelExpressions expressions) {
        String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
        String value = attribute.getValue();
        String shown = where + "的 " + attribute.getName() + "=\"" + value + "\"";
        boolean prefixed = CAMUNDA_NS.equals(attribute.getNamespaceURI());
        boolean ofCamundaElement = attribute.getNamespaceURI() == null
                && CAMUNDA_NS.equals(attribute.getOwnerElement().getNamespaceURI());
        if (prefixed && CODE_ATTRIBUTES.contains(name)
                || ofCamundaElement && CODE_ATTRIBUTES_OF_CAMUNDA_ELEMENTS.contains(name)) {
            return Optional.of(shown + "：模型不能调用 Java 类、脚本资源、连接器或外部任务");
        }
        if (prefixed || ofCamundaElement) {
            if (DELEGATE_ATTRIBUTES.contains(name)) {
                var matcher = DELEGATE.matcher(value.trim());
                if (!matcher.matches() || !beans().delegates().contains(matcher.group(1))) {
                    return Optional.of(shown + "：只能写成 ${组件名}，且须是共治的委托组件（"
                            + String.join("、", beans().delegates().stream().sorted().toList()) + "）之一");
                }
                return Optional.empty();
            }
            if ("formKey".equals(name) && !value.startsWith("camunda-forms:")) {
                return Optional.of(shown + "：表单须使用 Camunda 表单（camunda:formRef），不能使用嵌入式 HTML 表单");
            }
        }
        return checkText(shown, value, expressions);
    }

    private static Optional<String> checkText(String shown, String text, ModelExpressions expressions) {
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return Optional.empty();
        }
        return expressions.refusal(text.trim()).map(reason -> shown + "：" + reason);
    }

    private static Optional<String> checkDmn(Document document) {
        List<Element> all = new ArrayList<>();
        collect(document.getDocumentElement(), all);
        for (Element element : all) {
            String language = element.getAttribute("expressionLanguage");
            if (!language.isBlank() && !isFeel(language)) {
                return Optional.of(describe(element) + "的 expressionLanguage=\"" + language + "\"：决策表只能使用 FEEL");
            }
            if ("text".equals(element.getLocalName()) && FEEL_JAVA.matcher(element.getTextContent()).find()) {
                return Optional.of(describe(element) + "定义了调用 Java 的外部函数（external）：决策表不能调用程序");
            }
        }
        return Optional.empty();
    }

    private static boolean isFeel(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        return lower.equals("feel") || lower.equals("feel-scala") || lower.startsWith("https://www.omg.org/spec/dmn/")
                && lower.endsWith("/feel/") || lower.startsWith("http://www.omg.org/spec/feel/");
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, into);
            }
        }
    }

    /** The element with its id; an extension element by the model element (with an id) it belongs to. */
    private static String describe(Element element) {
        String id = element.getAttribute("id");
        if (!id.isBlank() && !CAMUNDA_NS.equals(element.getNamespaceURI())) {
            return "元素 " + element.getTagName() + "（id=" + id + "）";
        }
        for (Node parent = element.getParentNode(); parent instanceof Element owner; parent = owner.getParentNode()) {
            if (!owner.getAttribute("id").isBlank() && !CAMUNDA_NS.equals(owner.getNamespaceURI())) {
                return "元素 " + owner.getTagName() + "（id=" + owner.getAttribute("id") + "）中的 " + element.getTagName();
            }
        }
        return "元素 " + element.getTagName();
    }

    // --- the beans a model may reach

    /** Our delegate and listener beans, the published model beans with their methods, every other bean name. */
    record Beans(Set<String> delegates, Map<String, Set<String>> modelBeans, Set<String> others) {
        ModelExpressions expressions() {
            return new ModelExpressions(modelBeans, others);
        }
    }

    Beans beans() {
        Beans known = beans;
        if (known == null) {
            known = discover();
            beans = known;
        }
        return known;
    }

    /** Read from the bean definitions without creating any bean: deployment runs while the context starts. */
    private Beans discover() {
        ConfigurableListableBeanFactory factory = ((ConfigurableApplicationContext) context).getBeanFactory();
        Set<String> delegates = new HashSet<>();
        for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
            for (String name : factory.getBeanNamesForType(type, false, false)) {
                if (ours(factory, name)) {
                    delegates.add(name);
                }
            }
        }
        Map<String, Set<String>> modelBeans = new LinkedHashMap<>();
        for (String name : factory.getBeanNamesForAnnotation(ModelFunctions.class)) {
            Class<?> type = factory.getType(name, false);
            if (type != null) {
                modelBeans.put(name, Arrays.stream(type.getMethods())
                        .filter(m -> m.getDeclaringClass() == type && Modifier.isPublic(m.getModifiers())
                                && !Modifier.isStatic(m.getModifiers()))
                        .map(Method::getName).collect(Collectors.toUnmodifiableSet()));
            }
        }
        Set<String> others = new HashSet<>(Arrays.asList(factory.getBeanDefinitionNames()));
        others.addAll(Arrays.asList(factory.getSingletonNames()));
        others.removeAll(delegates);
        others.removeAll(modelBeans.keySet());
        return new Beans(Set.copyOf(delegates), Map.copyOf(modelBeans), Set.copyOf(others));
    }

    private static boolean ours(ConfigurableListableBeanFactory factory, String name) {
        Class<?> type = factory.getType(name, false);
        if (type != null) {
            return type.getName().startsWith("cn.gongzhi.");
        }
        BeanDefinition definition = factory.containsBeanDefinition(name) ? factory.getBeanDefinition(name) : null;
        return definition != null && definition.getBeanClassName() != null
                && definition.getBeanClassName().startsWith("cn.gongzhi.");
    }

    /** What the engine's expressions resolve as beans: the delegates and the model beans, created on first use. */
    private final class ModelBeanMap extends AbstractMap<Object, Object> {
        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name
                    && (beans().delegates().contains(name) || beans().modelBeans().containsKey(name));
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Set<Entry<Object, Object>> entries = new HashSet<>();
            for (String name : beans().delegates()) {
                entries.add(new SimpleImmutableEntry<>(name, context.getBean(name)));
            }
            for (String name : beans().modelBeans().keySet()) {
                entries.add(new SimpleImmutableEntry<>(name, context.getBean(name)));
            }
            return entries;
        }
    }
}
