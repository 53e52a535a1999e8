package cn.gongzhi.identity;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a model may say (docs/processes/designing.md): process variables, literals, comparisons,
 * arithmetic, logic and choice; a call of a public method of a bean published for models ({@code
 * escalationCollections.summoned(execution)}), with such expressions as its arguments; and a decision task's result
 * ({@code decisionResult.getSingleResult().getEntry('x')}). Anything else is refused: a function, a property of an
 * object ({@code execution.processEngineServices}), a method of anything but a published bean ({@code
 * execution.getProcessEngineServices()}, {@code x.getClass()}), or a name that is another Spring bean ({@code
 * identityService}). The engine's expression language parses the text, so what is checked is what would run.
 */
final class ModelExpressions {

    /** The methods of a decision task's {@code decisionResult} an output mapping may call, and nothing after them. */
    private static final Set<String> DECISION_RESULT = Set.of("getSingleResult", "getFirstResult", "getResultList",
            "getSingleEntry", "collectEntries");
    private static final Set<String> DECISION_ENTRY = Set.of("getEntry", "get");

    private final Map<String, Set<String>> modelBeans;
    private final Set<String> otherBeans;

    /**
     * @param modelBeans the beans published for models, each with the methods it offers
     * @param otherBeans every other bean name, which no expression may mention
     */
    ModelExpressions(Map<String, Set<String>> modelBeans, Set<String> otherBeans) {
        this.modelBeans = modelBeans;
        this.otherBeans = otherBeans;
    }

    /** Why the expression is not allowed, or empty when it is. */
    Optional<String> refusal(String text) {
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(text).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("表达式无法解析：" + e.getMessage());
        }
        return check(root);
    }

    private Optional<String> check(Node node) {
        if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
                || node instanceof AstBoolean || node instanceof AstNull) {
            return Optional.empty();
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (otherBeans.contains(name) && !modelBeans.containsKey(name)) {
                return Optional.of("不能引用系统组件“" + name + "”");
            }
            return Optional.empty();
        }
        if (node instanceof AstMethod method) {
            return call(method);
        }
        if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
                || node instanceof AstParameters) {
            return children(node);
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            return Optional.of("不能读取对象的属性（“" + node + "”）：只能使用流程变量，或调用为模型发布的组件的方法");
        }
        return Optional.of("不允许的表达式成分“" + node + "”（函数、脚本或其他）");
    }

    private Optional<String> children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> refusal = check(node.getChild(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** {@code bean.method(args)} of a published bean, or the decision result chain. */
    private Optional<String> call(AstMethod method) {
        Node property = method.getChild(0);
        Node parameters = method.getChild(1);
        if (!(property instanceof AstDot dot)) {
            return Optional.of("只能以“组件.方法(参数)”的形式调用方法");
        }
        String name = propertyName(dot);
        Node target = dot.getChild(0);
        if (target instanceof AstIdentifier bean && modelBeans.containsKey(bean.getName())) {
            if (!modelBeans.get(bean.getName()).contains(name)) {
                return Optional.of("组件“" + bean.getName() + "”没有可供模型调用的方法“" + name + "”");
            }
            return children(parameters);
        }
        if (DECISION_ENTRY.contains(name) && target instanceof AstMethod inner && isDecisionResult(inner)
                || DECISION_RESULT.contains(name) && target instanceof AstIdentifier result
                        && "decisionResult".equals(result.getName())) {
            return children(parameters);
        }
        return Optional.of("不能调用“" + target + "”的方法“" + name + "”：模型只能调用为模型发布的组件（"
                + String.join("、", modelBeans.keySet()) + "）的方法");
    }

    private static boolean isDecisionResult(AstMethod method) {
        return method.getChild(0) instanceof AstDot dot && DECISION_RESULT.contains(propertyName(dot))
                && dot.getChild(0) instanceof AstIdentifier result && "decisionResult".equals(result.getName());
    }

    private static String propertyName(AstDot dot) {
        try {
            Field property = AstDot.class.getDeclaredField("property");
            property.setAccessible(true);
            return (String) property.get(dot);
        } catch (ReflectiveOperationException e) {
            String text = dot.toString();
            return text.startsWith(". ") ? text.substring(2) : text;
        }
    }
}
